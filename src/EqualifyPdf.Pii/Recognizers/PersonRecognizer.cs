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
    private const double WeakHonorificScore = 0.4;

    private static readonly ContextPhrases StudentPage = new(
        "student", "students", "advisee", "enrolled", "enrollment", "probation", "roster", "transcript", "gpa", "respondent",
        "hearing", "conduct", "registrar", "semester", "course", "class");
    private const double LastFirstScore = 0.7;
    private const double RowWithIdScore = 0.65;
    private const double RowWithGradeScore = 0.55;
    private const double RowUnderNameHeaderScore = 0.6;
    private const double EvidenceScore = 0.7;
    private const string LabelReason = "name after a student label (Student:, Submitted by, Advisee, …)";

    // Characters that open what may follow a name as evidence: a bracket, an angle bracket, a comma.
    private static readonly SearchValues<char> EvidenceStarts = SearchValues.Create("(<,");

    // A table whose header names a name column: its rows lead with names even when nothing else marks them.
    private static readonly ContextPhrases NameHeader = new("name", "names", "student", "students", "full name", "last name", "student name");

    // A capitalised name word: Garcia, O'Brien, McAllister, Nguyen-Tran.
    private const string Word = @"(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:['\-]\p{Lu}?\p{Ll}+)*|O'\p{Lu}\p{Ll}+)";
    // Words of one name are separated by single spaces; a tab or a run of spaces is a column break.
    private const string FullName = Word + @"(?: [A-Z]\.)?(?: " + Word + "){1,2}";
    private const string LastFirst = Word + @"(?: " + Word + @")?, " + Word + @"(?: [A-Z]\.?)?";
    // In a label's list a two-word "Last" would swallow "Samantha Ortiz, Kevin": there Last is one word.
    private const string ListLastFirst = Word + @", " + Word + @"(?: [A-Z]\.)?(?! \p{Lu}\p{Ll})";
    private const string LabelledName = "(?:" + ListLastFirst + "|" + FullName + "|" + LastFirst + ")";

    // Every label begins with one of these words (compared case-insensitively, as the label pattern is).
    private static readonly SearchValues<string> LabelStarts = SearchValues.Create(
        ["student", "full", "name", "submitted", "posted", "replied", "reply", "dear", "prepared", "advisee", "parent",
            "guardian", "emergency", "reviewed", "signed", "instructor", "teaching", "ta", "advisor", "lecturer", "coordinator",
            "respondent", "appellant", "applicant", "candidate", "client", "participant", "presenter", "intern", "lab",
            "partner", "writer", "reviewer", "authorized", "affected", "alternates", "members", "group", "team", "hearing",
            "recommend", "senior", "junior", "sophomore", "freshman", "user", "another", "referred", "undergraduate",
            "president", "vice", "treasurer", "secretary", "captain", "roommate", "evaluator", "teammate", "mentee", "tutee"],
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
                Add(page, match.Groups["name"], LabelScore, output, LabelReason);
                for (var more = ListedAfter().Match(text, next); more.Success; more = ListedAfter().Match(text, next))
                {
                    Add(page, more.Groups["name"], LabelScore, output, LabelReason);
                    next = more.Index + more.Length;
                }
            }

            var hit = next < text.Length ? text.AsSpan(next).IndexOfAny(LabelStarts) : -1;
            at = hit < 0 ? -1 : next + hit;
        }

        // "Mr. Bojangles" in a database tutorial is a song: a civil title is evidence only on a page about students.
        // Academic titles stay, since the staff classifier turns them into staff contacts.
        bool? studentPage = null;
        foreach (Match match in Honorific().Matches(text))
        {
            var academic = match.ValueSpan.StartsWith("Dr") || match.ValueSpan.StartsWith("Prof");
            studentPage ??= academic || StudentPage.InRange(text, 0, text.Length);
            Add(page, match.Groups["name"], academic || studentPage.Value ? HonorificScore : WeakHonorificScore, output, "name with a title on a page about students");
        }

        AddNamesWithEvidenceAfter(page, output);

        for (var lineIndex = 0; lineIndex < page.LineCount; lineIndex++)
        {
            var line = page.Line(lineIndex);
            var hasComma = line.Contains(", ", StringComparison.Ordinal);
            if (hasComma && line.Contains('.'))
            {
                AddInitialsList(page, lineIndex, output);
            }

            var score = line.Contains('@') || HasLongDigitRun(line) ? RowWithIdScore
                : page.HasGrade(lineIndex) ? RowWithGradeScore
                : TableContext.HeaderHas(page, page.LineBounds(lineIndex).Start, NameHeader) ? RowUnderNameHeaderScore : 0;
            // A table's own header row ("Name  Storage Size  Description") names columns, not people.
            if (score is > 0 and < RowWithIdScore && (line.Contains('\t') || line.Contains("  ", StringComparison.Ordinal))
                && page.LineHas(lineIndex, NameHeader))
            {
                score = 0;
            }

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
            if (page.HasGrade(lineIndex))
            {
                for (var prose = ProseNameOnGradeLine().Match(text, start, end - start); prose.Success; prose = prose.NextMatch())
                {
                    Add(page, prose.Groups["name"], RowWithGradeScore, output, "student name next to a grade or score");
                }
            }

            var match = RowCell().Match(text, start, end - start);
            if (match.Success)
            {
                Add(page, match.Groups["name"], score, output, "name leading a roster or grade-table row");
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

    // "Row A: Alvarez, T. (A01) Baptiste, R. (A03)": a list of surnames with initials, each followed by a seat, a
    // bracket or a semicolon. One such name is as often a citation; two or more on a line are a list of people.
    private static void AddInitialsList(PageText page, int lineIndex, List<Candidate> output)
    {
        var (start, end) = page.LineBounds(lineIndex);
        var matches = InitialsListName().Matches(page.Text.Substring(start, end - start));
        if (matches.Count < 2 || Citation().IsMatch(page.Line(lineIndex)))
        {
            return;
        }

        foreach (Match match in matches)
        {
            var name = match.Groups["name"];
            if (!NameWords.HasNonNameWord(name.ValueSpan))
            {
                output.Add(new Candidate(PiiEntityTypes.Person, start + name.Index, start + name.Index + name.Length, LastFirstScore, "list of people by surname and initial"));
            }
        }
    }

    private static void AddLastFirst(PageText page, int lineIndex, List<Candidate> output)
    {
        var (start, end) = page.LineBounds(lineIndex);
        for (var match = LastFirstCell().Match(page.Text, start, end - start); match.Success; match = match.NextMatch())
        {
            Add(page, match.Groups["name"], LastFirstScore, output, "name in a roster row (Last, First)");
        }
    }

    private static void Add(PageText page, Group name, double score, List<Candidate> output, string? reason = null)
    {
        if (!NameWords.HasNonNameWord(name.ValueSpan))
        {
            output.Add(new Candidate(PiiEntityTypes.Person, name.Index, name.Index + name.Length, score, reason));
        }
    }

    private static void AddNamesWithEvidenceAfter(PageText page, List<Candidate> output)
    {
        var text = page.Text;
        for (var at = text.AsSpan().IndexOfAny(EvidenceStarts); at >= 0;)
        {
            // Most commas and brackets are followed by nothing of the kind; look at the next characters first.
            var worthTrying = text[at] != ',' || (at + 2 < text.Length && text[at + 1] == ' ' && text[at + 2] is 'u' or 'f' or 's' or 'j' or 'g');
            var evidence = worthTrying ? EvidenceAfter().Match(text, at) : Match.Empty;
            if (evidence.Success && (!evidence.Groups["mail"].Success || IsPersonalMailbox(evidence.Groups["mail"].ValueSpan)))
            {
                var lineStart = page.LineBounds(page.LineOf(at)).Start;
                var name = NameAtEnd().Match(text, lineStart, at - lineStart);
                if (name.Success)
                {
                    Add(page, name.Groups["name"], EvidenceScore, output, "name next to a student ID, class year or personal e-mail");
                }
            }

            var hit = at + 1 < text.Length ? text.AsSpan(at + 1).IndexOfAny(EvidenceStarts) : -1;
            at = hit < 0 ? -1 : at + 1 + hit;
        }
    }

    private static bool IsPersonalMailbox(ReadOnlySpan<char> email) =>
        !Resolution.ReservedValues.IsReservedEmail(email) && !Resolution.ReservedValues.IsRoleMailbox(email);
}
