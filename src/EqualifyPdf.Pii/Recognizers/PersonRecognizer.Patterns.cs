using System.Text.RegularExpressions;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>The patterns of <see cref="PersonRecognizer"/>: labels, titles, table cells, evidence after a name.</summary>
internal sealed partial class PersonRecognizer
{
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
