using System.Buffers;
using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>
/// Person names without a neural model, from the places course documents put them: after labels ("Name:",
/// "Submitted by"), after honorifics, in "Last, First" lists, and in table rows that also hold an ID, e-mail or grade.
/// </summary>
internal sealed partial class PersonRecognizer : IPiiRecognizer
{
    private const double LabelScore = 0.8;
    private const double HonorificScore = 0.75;
    private const double LastFirstScore = 0.7;
    private const double RowWithIdScore = 0.65;
    private const double RowWithGradeScore = 0.55;
    private const double RowUnderNameHeaderScore = 0.6;

    // A table whose header names a name column: its rows lead with names even when nothing else marks them.
    private static readonly ContextPhrases NameHeader = new("name", "names", "student", "students", "full name", "last name", "student name");

    // A capitalised name word: Garcia, O'Brien, McAllister, Nguyen-Tran.
    private const string Word = @"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['\-][A-Z]?[a-z]+)*|O'[A-Z][a-z]+)";
    // Words of one name are separated by single spaces; a tab or a run of spaces is a column break.
    private const string FullName = Word + @"(?: [A-Z]\.)?(?: " + Word + "){1,2}";
    private const string LastFirst = Word + @"(?: " + Word + @")?, " + Word + @"(?: [A-Z]\.?)?";

    // Every label begins with one of these words (compared case-insensitively, as the label pattern is).
    private static readonly SearchValues<string> LabelStarts = SearchValues.Create(
        ["student", "full", "name", "submitted", "posted", "replied", "reply", "dear", "prepared", "advisee", "parent",
            "guardian", "emergency", "reviewed", "signed", "instructor", "teaching", "ta", "advisor", "lecturer", "coordinator"],
        StringComparison.OrdinalIgnoreCase);

    public void Recognize(PageText page, ScanSettings settings, List<Candidate> output)
    {
        var text = page.Text;
        // Left to itself the label pattern is tried at nearly every word start (its first letters cover most of the
        // alphabet); one vectorised search for the label words and an anchored try at each hit finds the same
        // leftmost, non-overlapping matches at a fraction of the cost.
        for (var at = text.AsSpan().IndexOfAny(LabelStarts); at >= 0;)
        {
            // Most hits sit inside longer words ("data", "Castillo"); the pattern's leading \b rejects them, but
            // checking the previous character here spares a regex call per hit.
            var midWord = at > 0 && (char.IsAsciiLetterOrDigit(text[at - 1]) || text[at - 1] == '_');
            var match = midWord ? Match.Empty : LabelledAt().Match(text, at);
            var next = match.Success ? match.Index + match.Length : at + 1;
            if (match.Success)
            {
                Add(page, match.Groups["name"], LabelScore, output);
            }

            var hit = next < text.Length ? text.AsSpan(next).IndexOfAny(LabelStarts) : -1;
            at = hit < 0 ? -1 : next + hit;
        }

        foreach (Match match in Honorific().Matches(text))
        {
            Add(page, match.Groups["name"], HonorificScore, output);
        }

        for (var lineIndex = 0; lineIndex < page.LineCount; lineIndex++)
        {
            var line = page.Line(lineIndex);
            var hasComma = line.Contains(", ", StringComparison.Ordinal);
            var score = line.Contains('@') || HasLongDigitRun(line) ? RowWithIdScore
                : page.HasGrade(lineIndex) ? RowWithGradeScore
                : TableContext.HeaderHas(page, page.LineBounds(lineIndex).Start, NameHeader) ? RowUnderNameHeaderScore : 0;
            // Reference-list lines hold neither kind of name; test for one once, and only on lines that could.
            if ((!hasComma && score == 0) || Citation().IsMatch(line))
            {
                continue;
            }

            if (hasComma)
            {
                AddLastFirst(page, lineIndex, output);
            }

            if (score == 0)
            {
                continue;
            }

            // Names lead their rows; later capitalised cells in the same row are majors, departments or places.
            var (start, end) = page.LineBounds(lineIndex);
            var match = RowCell().Match(text, start, end - start);
            if (match.Success)
            {
                Add(page, match.Groups["name"], score, output);
            }
        }
    }

    // An ID-like run of five or more digits not part of a decimal or dotted number.
    private static bool HasLongDigitRun(ReadOnlySpan<char> line)
    {
        var run = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && char.IsAsciiDigit(line[i]))
            {
                run++;
                continue;
            }

            var dotted = (i < line.Length && line[i] == '.') || (i - run > 0 && line[i - run - 1] == '.');
            if (run >= 5 && !dotted)
            {
                return true;
            }

            run = 0;
        }

        return false;
    }

    private static void AddLastFirst(PageText page, int lineIndex, List<Candidate> output)
    {
        var (start, end) = page.LineBounds(lineIndex);
        for (var match = LastFirstCell().Match(page.Text, start, end - start); match.Success; match = match.NextMatch())
        {
            Add(page, match.Groups["name"], LastFirstScore, output);
        }
    }

    private static void Add(PageText page, Group name, double score, List<Candidate> output)
    {
        if (!NameWords.HasNonNameWord(name.ValueSpan))
        {
            output.Add(new Candidate(PiiEntityTypes.Person, name.Index, name.Index + name.Length, score));
        }
    }

    // "Course name:", "File name:" label things, not people; "Dear" and "Posted by" head letters and forum posts.
    // \G anchors the pattern at the label word found by the search; lookbehinds still see the text before it.
    // The separator is atomic: a name never starts with a space or colon, so only the whole run can precede it,
    // and letting the engine retry every split of a column gap ("Name" + 24 spaces) cost milliseconds per header.
    [GeneratedRegex(@"\G\b(?i:student\s+name|full\s+name|(?<!(?i:course|file|project|team|user|building|group|company|product|variable|class|book|host|domain|display|field|brand|program|event|venue)\s)name|student|submitted\s+by|posted\s+by|replied\s+by|reply\s+from|dear|prepared\s+for|advisee|parent|guardian|emergency\s+contact|reviewed\s+by|signed|instructor|teaching\s+assistant|TA|advisor|lecturer|coordinator)(?>[ \t]*:?[ \t]+)(?<name>" + LastFirst + "|" + FullName + @")(?![\w'])")]
    private static partial Regex LabelledAt();

    [GeneratedRegex(@"\b(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?|Professor|Miss)[ \t]+(?<name>" + Word + @"(?:[ \t]+[A-Z]\.)?(?:[ \t]+" + Word + @"){0,2})(?![\w'])")]
    private static partial Regex Honorific();

    // Cells are bounded by line ends, tabs, pipes, runs of spaces, or (in CSV exports) commas and quotes. The gaps
    // are atomic: a cell never starts with a blank, so only the whole gap can precede it, and retrying every shorter
    // split of a wide column gap was quadratic.
    [GeneratedRegex(@"(?m)(?:^[ \t]*(?:\d{1,3}[.)]?[ \t]+)?|[\t|,](?>[ \t]*)|(?>[ ]{2,}))""?(?<name>" + LastFirst + @")""?(?=[ \t]*(?:\r?$|[\t|,]|[ ]{2,}|\d|[\w.%+\-]+@|[A-F][+\-]?(?:[ \t]|\r?$)))")]
    private static partial Regex LastFirstCell();

    [GeneratedRegex(@"(?m)(?:^[ \t]*(?:\d{1,3}[.)]?[ \t]+)?|[\t|,](?>[ \t]*)|(?>[ ]{2,})|(?<=\d[ \t]))""?(?<name>" + FullName + @")""?(?=[ \t]*(?:\r?$|[\t|,]|[ ]{2,}|\d|[\w.%+\-]+@|[A-F][+\-]?(?:[ \t]|\r?$)))")]
    private static partial Regex RowCell();

    // Reference lists: "Knuth, D. E. (1997)", "pp. 12-30", "et al." are authors, not students.
    [GeneratedRegex(@"\(\d{4}[a-z]?\)|\bpp?\.\s*\d|\bet al\b|\bVol\.|\bISBN\b|\bdoi\b", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();
}
