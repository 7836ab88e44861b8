using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>
/// Student identifiers: the institution's patterns (default 9 digits) with ID context, a roster header or a row that
/// also holds an e-mail or grade; and partial IDs, since FERPA guidance forbids even 4 consecutive digits next to grades.
/// </summary>
internal sealed partial class StudentIdRecognizer : IPiiRecognizer
{
    private const double ContextScore = 0.85;
    private const double HeaderScore = 0.8;
    private const double RowScore = 0.6;
    private const double PartialScore = 0.6;
    private const double PartialContextBoost = 0.25;

    private static readonly ContextPhrases Context = new(
        "uin", "student id", "student number", "student no", "sid", "id", "emplid", "banner", "university id",
        "student", "pid", "ids", "id number", "matriculation", "uid", "sevis", "student no");

    private static readonly ContextPhrases OtherObject = new(
        "page", "page id", "module", "item", "quiz", "quiz id", "course", "course id", "assignment", "grant", "award",
        "meeting", "meeting id", "report", "report id", "order", "serial", "asset", "tag", "lot", "crn", "ticket", "case",
        "passport", "license", "licence", "visa", "permit", "plate", "invoice", "account", "routing", "isbn", "issn",
        "catalog", "object", "user id", "canvas", "file", "submission", "version", "build", "revision", "zoom");

    private static readonly ContextPhrases PartialContext = new("last four", "last digits", "ending", "ending in", "id", "uin", "sid", "last");

    // Numbers that label rooms, courses, pages and money are not identifiers even on a grade line.
    private static readonly ContextPhrases NotAnId = new(
        "room", "rm", "suite", "ext", "page", "pages", "pp", "course", "section", "crn", "building", "bldg", "hall",
        "lab", "chapter", "ch", "version", "week", "year", "class", "fall", "spring", "summer", "winter", "term", "no");

    public void Recognize(PageText page, ScanSettings settings, List<Candidate> output)
    {
        var full = new HashSet<int>();
        foreach (var pattern in settings.StudentIdPatterns)
        {
            foreach (var match in pattern.EnumerateMatches(page.Text))
            {
                var score = ScoreFull(page, settings, match.Index);
                if (score > 0)
                {
                    full.Add(match.Index);
                    output.Add(new Candidate(PiiEntityTypes.StudentId, match.Index, match.Index + match.Length, score));
                }
            }
        }

        foreach (var match in DigitRun().EnumerateMatches(page.Text))
        {
            if (!full.Contains(match.Index) && page.HasGrade(page.LineOf(match.Index)) && LooksLikePartialId(page.Text, match.Index, match.Length))
            {
                var score = PartialContext.Before(page.Text, match.Index, 3) ? PartialScore + PartialContextBoost : PartialScore;
                output.Add(new Candidate(PiiEntityTypes.StudentId, match.Index, match.Index + match.Length, score));
            }
        }
    }

    private static double ScoreFull(PageText page, ScanSettings settings, int index)
    {
        // LMS object ids ("Page ID 1482205", "Module item 7719032"), grant numbers (IIS-2148817), passports and
        // asset tags are identifiers, but not of a student.
        if ((index > 0 && page.Text[index - 1] is '-' or '_' or '/') || page.IsOtherIdentifier(index) || NamesOtherObject(page.Text, index))
        {
            return 0;
        }

        if (Context.Before(page.Text, index, settings.ContextWindow))
        {
            return ContextScore;
        }

        if (TableContext.HeaderHas(page, index, Context))
        {
            return HeaderScore;
        }

        var line = page.LineOf(index);
        return page.HasGrade(line) || page.Line(line).Contains('@') || InBracketsAfterName(page.Text, index) ? RowScore : 0;
    }

    // "Lot 2231957", "Page ID 1482205", "Passport number: E48213975": the label right before the number, or the word
    // before its "ID" / "number", names the thing identified. Farther words do not: "Student ID (for course credit
    // only): 412907385" is a student's.
    private static bool NamesOtherObject(string text, int index)
    {
        Span<Range> words = stackalloc Range[2];
        var count = Words.Backwards(text, index, 2, words);
        if (count == 0)
        {
            return false;
        }

        var last = text.AsSpan()[words[count - 1]];
        if (OtherObject.NearestFromEnd(text, words[..count]) == 0)
        {
            return true;
        }

        return count == 2 && IdWord.NearestFromEnd(text, words[..2]) == 0 && !last.IsEmpty
            && OtherObject.NearestFromEnd(text, words[..1]) == 0;
    }

    private static readonly ContextPhrases IdWord = new("id", "number", "no", "num", "nr");

    // "Caleb Rutherford (903560412)": a bare number in brackets right after a capitalised name.
    private static bool InBracketsAfterName(string text, int index)
    {
        var j = index - 1;
        if (j < 1 || text[j] != '(')
        {
            return false;
        }

        j--;
        while (j >= 0 && text[j] == ' ')
        {
            j--;
        }

        var end = j;
        while (j >= 0 && char.IsLetter(text[j]))
        {
            j--;
        }

        return end - j >= 2 && char.IsUpper(text[j + 1]);
    }

    private static bool LooksLikePartialId(string text, int index, int length)
    {
        var value = text.AsSpan(index, length);
        var isYear = length == 4 && (value.StartsWith("19") || value.StartsWith("20"));
        if ((isYear && !PartialContext.Before(text, index, 3)) || NotAnId.Before(text, index, 1))
        {
            return false;
        }

        // "CS 1010", "MATH 2210": a course code is an all-caps subject right before the number.
        var j = index - 1;
        while (j >= 0 && text[j] == ' ')
        {
            j--;
        }

        var capitals = 0;
        while (j >= 0 && char.IsAsciiLetterUpper(text[j]))
        {
            capitals++;
            j--;
        }

        return capitals is < 2 or > 5 || (j >= 0 && char.IsLetter(text[j]));
    }

    [GeneratedRegex(@"(?<![\w\-/.,$:#])\d{4,8}(?![\w\-/%:]|[.,]\d)")]
    private static partial Regex DigitRun();
}
