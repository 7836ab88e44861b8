using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Recognizers;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Resolution;

/// <summary>
/// Re-labels names, e-mails, phones and addresses of course staff and offices as STAFF_CONTACT: instructors, TAs,
/// advisors, lab managers, department offices, campus police, help lines. They are published on purpose, and not
/// sent to review by the default policy. The nearest label decides: on the value's own line before it, then on the
/// rest of its row (a directory row "Abara, Ngozi  Professor and Chair"), then on the lines above in its block.
/// </summary>
internal static partial class StaffContactClassifier
{
    // A staff block is short: the label sits on the line or a few lines above, within the same paragraph.
    private const int LinesAbove = 4;

    private static readonly ContextPhrases Staff = new(
        "instructor", "instructors", "professor", "professors", "prof", "dr", "lecturer", "lecturers", "teacher",
        "teachers", "teaching assistant", "teaching assistants", "ta", "tas", "ia", "ias", "gsi", "gsis", "teaching fellow",
        "fellow", "office hours", "faculty", "course coordinator", "coordinator", "course director", "director", "grader",
        "advisor", "adviser", "department chair", "chair", "dean", "librarian", "staff", "instructional team", "help desk",
        "helpdesk", "help line", "hotline", "front desk", "main office", "department office", "manager", "officer",
        "police", "campus safety", "safety", "security", "counseling", "host", "speaker", "principal investigator",
        "investigator", "pi", "pis", "critic", "critics", "leader", "leaders", "preceptor", "liaison", "tutor", "tutors",
        "assistant", "assistants", "associate", "supervisor", "coach", "proctor", "department", "office", "center",
        "centre", "desk", "services", "clinic", "registrar", "bursar", "emeritus", "lecturer", "signature", "committee",
        "contact the", "poison control", "crisis line", "nurse line", "emergency line", "help line", "hour line",
        "communications", "media", "media contact", "news office",
        "student conduct", "student services", "student affairs", "student life", "dean of students", "student health",
        "student success", "student financial aid", "student accessibility", "student disability");

    // Seen first, these mean the value belongs to a student, not to the staff block.
    private static readonly ContextPhrases Student = new(
        "student", "students", "roster", "uin", "grade", "grades", "name", "id", "advisee", "parent", "guardian",
        "emergency contact", "respondent", "appellant", "applicant", "candidate", "client", "participant", "presenter", "intern",
        "writer", "reviewer", "partner", "alternates", "members", "freshman", "sophomore", "junior", "senior",
        "undergraduate", "netid", "sid", "submitted by", "home", "billing",
        "mailing", "local address", "residence", "from");

    private static readonly HashSet<string> Reclassified =
        [PiiEntityTypes.Person, PiiEntityTypes.EmailAddress, PiiEntityTypes.PhoneNumber, PiiEntityTypes.Address];

    public static void Apply(PageText page, List<Candidate> candidates)
    {
        // Lines above are shared by every value in a block; classify each line once.
        var lineVerdicts = new Dictionary<int, int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (Reclassified.Contains(candidate.EntityType) && InStaffBlock(page, candidate, lineVerdicts))
            {
                candidates[i] = candidate with { EntityType = PiiEntityTypes.StaffContact, Reason = null };
            }
        }
    }

    private static bool InStaffBlock(PageText page, Candidate candidate, Dictionary<int, int> lineVerdicts)
    {
        // On the value's own line the nearer label decides: "Student: Ana Ruiz (advisor: Dr. Lee)".
        var line = page.LineOf(candidate.Start);
        var (lineStart, lineEnd) = page.LineBounds(line);
        var verdict = Verdict(page, lineStart, candidate.Start, fromEnd: true);
        if (verdict != 0)
        {
            return verdict > 0;
        }

        // Then the rest of the row, nearest first: "Dr. P. Marsh  p.marsh@…  Teacher".
        verdict = Verdict(page, candidate.End, lineEnd, fromEnd: false);
        if (verdict != 0)
        {
            return verdict > 0;
        }

        // An e-mail header field speaks only for itself: "From: Dr. Romero" says nothing about the "To:" line below.
        if (HeaderField().IsMatch(page.Line(line)))
        {
            return false;
        }

        for (var k = line - 1; k >= 0 && k >= line - LinesAbove && !page.IsBlank(k); k--)
        {
            if (!lineVerdicts.TryGetValue(k, out verdict))
            {
                var (start, end) = page.LineBounds(k);
                lineVerdicts[k] = verdict = Verdict(page, start, end, fromEnd: true);
            }

            if (verdict != 0)
            {
                return verdict > 0;
            }
        }

        return false;
    }

    // +1 when the staff label is the nearer one (to the end, or to the start), -1 when a student label is, 0 when neither.
    private static int Verdict(PageText page, int start, int end, bool fromEnd)
    {
        if (end <= start)
        {
            return 0;
        }

        var words = new List<Range>();
        Words.Forward(page.Text, start, end, words);
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words);
        if (fromEnd)
        {
            var staff = Staff.NearestFromEnd(page.Text, span);
            var student = Student.NearestFromEnd(page.Text, span);
            return staff == student ? 0 : staff < student ? 1 : -1;
        }

        // The first phrase to end while reading forward is the nearest to the start.
        for (var k = 1; k <= span.Length; k++)
        {
            var staffEnds = Staff.NearestFromEnd(page.Text, span[..k]) == 0;
            var studentEnds = Student.NearestFromEnd(page.Text, span[..k]) == 0;
            if (staffEnds != studentEnds)
            {
                return staffEnds ? 1 : -1;
            }
        }

        return 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[ \t]*(?i:to|cc|bcc|from|reply-to|sender):")]
    private static partial System.Text.RegularExpressions.Regex HeaderField();
}
