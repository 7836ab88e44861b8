using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Recognizers;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Resolution;

/// <summary>
/// Re-labels names and e-mail addresses of public authorship as PUBLIC_AUTHOR: bylines and author lists above an
/// abstract, copyright and licence lines, acknowledgements, "written by" / "maintained by" lines, AUTHOR(S),
/// References and Acknowledgements sections, and changelog signatures. They are published on purpose and are not
/// student data; a student cue on the same line (a student label, a grade) keeps the value as it was.
/// </summary>
internal static class AuthorshipClassifier
{
    // How far up a section heading may be and still speak for a value.
    private const int MaxLinesToHeading = 40;
    // A byline sits in the first lines of a page, above "Abstract".
    private const int MaxBylineLines = 20;

    private static readonly ContextPhrases LineCues = new(
        "written by", "maintained by", "maintainer", "maintainers", "uploaders", "uploader", "author", "authors",
        "authored by", "copyright", "revised by", "contributed by", "contributors", "developed by", "originally written",
        "acknowledgments", "acknowledgements", "thanks", "thank", "grateful", "correspondence", "translated by",
        "edited by", "photograph by", "photo by", "cover design", "typeset", "reviewed and edited", "co-authored",
        "public domain", "license", "licence", "licensed", "all rights reserved");

    private static readonly ContextPhrases StudentCues = new(
        "student", "students", "submitted by", "advisee", "uin", "student id", "grade", "score", "presenter", "respondent");

    // Labels above an "Abstract" that make the page a student's report rather than a paper's byline.
    private static readonly ContextPhrases ReportLabels = new(
        "student", "students", "submitted by", "submitted", "advisee", "uin", "student id", "grade", "score", "presenter",
        "respondent", "partner", "lab partner", "team", "group", "name", "section", "instructor", "course");

    private static readonly HashSet<string> AuthorshipHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "author", "authors", "acknowledgments", "acknowledgements", "acknowledgment", "acknowledgement", "references",
        "bibliography", "works cited", "credits", "contributors", "copyright", "colophon", "about the author",
        "about the authors", "reporting bugs", "maintainers", "thanks",
    };

    public static void Apply(PageText page, List<Candidate> candidates)
    {
        int? abstractLine = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.EntityType is not (PiiEntityTypes.Person or PiiEntityTypes.EmailAddress))
            {
                continue;
            }

            var line = page.LineOf(candidate.Start);
            if (page.LineHas(line, StudentCues) || page.HasGrade(line))
            {
                continue;
            }

            abstractLine ??= FindAbstract(page);
            // A copyright or author line often wraps: "# Copyright (C) 2021 Osamu Aoki" / "<osamu@debian.org>".
            var cueAbove = line > 0 && !page.IsBlank(line - 1) && page.LineHas(line - 1, LineCues) && !page.LineHas(line - 1, StudentCues);
            if (page.LineHas(line, LineCues) || cueAbove || IsChangelogSignature(page.Line(line)) || line < abstractLine
                || UnderAuthorshipHeading(page, line))
            {
                candidates[i] = candidate with { EntityType = PiiEntityTypes.PublicAuthor, Reason = null };
            }
        }
    }

    // " -- Matthias Klose <doko@debian.org>  Thu, 09 Feb 2023 13:24:58 +0100"
    private static bool IsChangelogSignature(ReadOnlySpan<char> line) =>
        line.StartsWith(" -- ", StringComparison.Ordinal) && line.Contains('<') && line.Contains('>');

    // The line of an "Abstract" heading near the top, when the lines above it read as a byline: a student's report
    // with an abstract names its author with a label ("Submitted by", "Lab partner", "Section"), a paper does not.
    private static int FindAbstract(PageText page)
    {
        for (var k = 0; k < Math.Min(page.LineCount, MaxBylineLines); k++)
        {
            var text = page.Line(k).Trim();
            if (text.StartsWith("Abstract", StringComparison.OrdinalIgnoreCase) && text.Length < 80)
            {
                for (var above = 0; above < k; above++)
                {
                    if (page.LineHas(above, ReportLabels))
                    {
                        return -1;
                    }
                }

                return k;
            }

            if (page.LineHas(k, ReportLabels))
            {
                return -1;
            }
        }

        return -1;
    }

    // The nearest heading above (a short line of capitalised words without sentence punctuation) decides.
    private static bool UnderAuthorshipHeading(PageText page, int line)
    {
        for (var k = line; k >= 0 && k >= line - MaxLinesToHeading; k--)
        {
            var text = page.Line(k).Trim().TrimEnd(':').Trim();
            if (!IsHeading(text))
            {
                continue;
            }

            var title = TrimNumbering(text);
            return AuthorshipHeadings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(title);
        }

        return false;
    }

    private static bool IsHeading(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 40 || text.ContainsAny('.', ',', '@') || text.Contains("  ", StringComparison.Ordinal))
        {
            return false;
        }

        var words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.Length > 0 && char.IsLetter(word[0]) && !char.IsUpper(word[0]) && word.Length > 3)
            {
                return false;
            }

            words++;
        }

        return words <= 4;
    }

    private static ReadOnlySpan<char> TrimNumbering(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && (char.IsDigit(text[i]) || text[i] is '.' or ' '))
        {
            i++;
        }

        return text[i..];
    }
}
