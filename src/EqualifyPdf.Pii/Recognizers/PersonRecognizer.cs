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
                Add(page, match.Groups["name"], LabelScore, output);
                for (var more = ListedAfter().Match(text, next); more.Success; more = ListedAfter().Match(text, next))
                {
                    Add(page, more.Groups["name"], LabelScore, output);
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
            Add(page, match.Groups["name"], academic || studentPage.Value ? HonorificScore : WeakHonorificScore, output);
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
            Add(page, match.Groups["name"], LastFirstScore, output);
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

    // "Course name:", "File name:" label things, not people; "Dear" and "Posted by" head letters and forum posts.
    // \G anchors the pattern at the label word found by the search; lookbehinds still see the text before it.
    // The separator is atomic: a name never starts with a space or colon, so only the whole run can precede it,
    // and letting the engine retry every split of a column gap ("Name" + 24 spaces) cost milliseconds per header.
    // Without a colon only one space may follow the label: a tab or a run of spaces is a column break, and
    // "Name<tab>Storage Size" is a table header, not a name.
    [GeneratedRegex(@"\G\b(?i:student\s+of\s+concern|students?(?:\(s\))?\s+referred|student\s+intern|another\s+student|applicant\s+name|student\s+name|full\s+name|respondent|appellant|applicant|candidate|client|participant|presenter|intern|lab\s+partner|partner|writer|reviewer|authorized\s+by|affected\s+account|alternates|(?:team\s+)?members|group\s+[a-z0-9]{1,2}|team\s+\d{1,2}|hearing\s+of|recommend|senior|junior|sophomore|freshman|undergraduate|user\s+report\s*[\-\u2013\u2014]|referred\s+student|evaluator|teammate|mentee|tutee|vice\s+president|president|treasurer|secretary|captain|roommate(?:\s+request)?|(?<!(?i:course|file|project|team|user|building|group|company|product|variable|class|book|host|domain|display|field|brand|program|event|venue)\s)name|student|submitted\s+by|posted\s+by|replied\s+by|reply\s+from|dear|prepared\s+for|advisee|parent|guardian|emergency\s+contact|reviewed\s+by|signed|instructor|teaching\s+assistant|TA|advisor|lecturer|coordinator)(?>[ \t]*(?:\([^)\n]{0,20}\)[ \t]*)?[:,][ \t]*|[ ](?:\([^)\n]{0,20}\)[ ])?)(?<name>" + LabelledName + @")(?![\w'])")]
    private static partial Regex LabelledAt();

    // More names after a label's first: "Group A: Samantha Ortiz, Kevin Tran and Aaliyah Johnson", with an optional
    // bracketed ID or note after each ("Devansh Mehta (903551280), Caleb Rutherford (903560412)").
    [GeneratedRegex(@"\G(?:[ \t]*\([^)\n]{0,30}\))?(?:[ \t]*[,;][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?<name>" + LabelledName + @")(?![\w'])")]
    private static partial Regex ListedAfter();

    // What follows a name and marks its bearer as a student or a private person: an ID, NetID or class year in
    // brackets, a relation ("(mother)"), a personal mailbox in angle brackets, or ", sophomore".
    [GeneratedRegex(@"\G(?:[ \t]*\((?i:netid|id|uin|sid|student\s+id|student|junior|senior|sophomore|freshman|first-year|grad|mother|father|parent|guardian|spouse|sister|brother|aunt|uncle|grandmother|grandfather|wife|husband)\b[^)\n]{0,30}\)|[ \t]*\([A-Z]?\d{5,10}\)|[ \t]*<(?<mail>[\w.%+\-]+@[\w.\-]+)>|,[ \t]+(?i:undergraduate|first-year|sophomore|junior|senior|freshman|grad(?:uate)?\s+student)\b)")]
    private static partial Regex EvidenceAfter();

    [GeneratedRegex(@"(?<![\w'])(?<name>" + Word + @", \p{Lu}\.)(?=[ \t]*[(;)])")]
    private static partial Regex InitialsListName();

    [GeneratedRegex(@"(?<name>" + FullName + @")[ \t]*\z")]
    private static partial Regex NameAtEnd();

    // On a line that carries a grade, a name in running prose followed by a verb or a separator is the student the
    // grade belongs to: "Olga Ivanova earned 10/10", "Maya Goldstein: 18/20", "Aiden Kowalski, whose grade of C-".
    // A name opening a clause ("… overall. Fatima Bello led the demo") is followed by a lowercase verb.
    [GeneratedRegex(@"(?<![\w'])(?<name>" + FullName + @")(?=[ \t]*(?:[:\u2014\u2013;(]|,[ \t]+(?:whose|who|grad|a[ \t]|the[ \t])|[ \t]-[ \t]|[ \t](?:earned|received|scored|got|gets|submitted|turned|has|have|had|was|is|failed|passed|needs|missed|wants|asked|earns|receives|scores|took|did|made|and[ \t]+\p{Lu}))|(?<=(?:^|[.;:!?][ \t]+|\b(?:and|but)[ \t]+|^[ \t]*[\-*\u2022][ \t]+)" + FullName + @")[ \t]+\p{Ll}{2,})")]
    private static partial Regex ProseNameOnGradeLine();

    [GeneratedRegex(@"\b(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?|Professor|Miss)[ \t]+(?<name>" + Word + @"(?:[ \t]+[A-Z]\.)?(?:[ \t]+" + Word + @"){0,2})(?![\w'])")]
    private static partial Regex Honorific();

    // Cells are bounded by line ends, tabs, pipes, runs of spaces, or (in CSV exports) commas and quotes. The gaps
    // are atomic: a cell never starts with a blank, so only the whole gap can precede it, and retrying every shorter
    // split of a wide column gap was quadratic.
    [GeneratedRegex(@"(?m)(?:^[ \t]*(?:\d{1,3}[.)]?[ \t]+)?|[\t|](?>[ \t]*)|,(?="")|(?>[ ]{2,}))""?(?<name>" + LastFirst + @")""?(?=[ \t]*(?:\r?$|[\t|]|,(?=[^ \t])|[ ]{2,}|\d|[\w.%+\-]+@|[A-F][+\-]?(?:[ \t]|\r?$)))")]
    private static partial Regex LastFirstCell();

    [GeneratedRegex(@"(?m)(?:^[ \t]*(?:\d{1,3}[.)]?[ \t]+)?|[\t|,](?>[ \t]*)|(?>[ ]{2,})|(?<=\d[ \t]))""?(?<name>" + FullName + @")""?(?=[ \t]*(?:\r?$|[\t|,]|[ ]{2,}|\d|[\w.%+\-]+@|[A-F][+\-]?(?:[ \t]|\r?$)))")]
    private static partial Regex RowCell();

    // Reference lists: "Knuth, D. E. (1997)", "pp. 12-30", "et al." are authors, not students.
    [GeneratedRegex(@"\(\d{4}[a-z]?\)|\bpp?\.\s*\d|\bet al\b|\bVol\.|\bISBN\b|\bdoi\b|\b(?:1[5-9]|20)\d{2}[a-z]?\.(?!\d)|\b(?:Press|Publishers|Routledge|Penguin|Springer|Wiley|Elsevier|Trans\.|Eds?\.|Proceedings|Journal)\b|\barXiv:", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();
}
