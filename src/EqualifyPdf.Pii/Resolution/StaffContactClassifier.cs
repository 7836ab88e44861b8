using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Recognizers;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Resolution;

/// <summary>
/// Re-labels names, e-mails, phones and addresses in an instructor or staff block of a syllabus as STAFF_CONTACT:
/// published on purpose, and not sent to review by the default policy.
/// </summary>
internal static class StaffContactClassifier
{
    // A staff block is short: the label sits on the line or a few lines above, within the same paragraph.
    private const int LinesAbove = 4;

    private static readonly ContextPhrases Staff = new(
        "instructor", "instructors", "professor", "lecturer", "teaching assistant", "teaching assistants", "ta", "tas",
        "teaching fellow", "office hours", "faculty", "course coordinator", "coordinator", "course director", "grader",
        "advisor", "adviser", "department chair", "chair", "dean", "librarian", "staff", "instructional team", "help desk", "helpdesk",
        "help line", "hotline", "front desk", "main office", "department office");

    // Seen first on the way up, these mean the value belongs to a student row, not to the staff block above.
    private static readonly ContextPhrases Student = new("student", "students", "roster", "uin", "grade", "grades", "name", "id", "advisee", "parent", "guardian", "emergency");

    private static readonly HashSet<string> Reclassified =
        [PiiEntityTypes.Person, PiiEntityTypes.EmailAddress, PiiEntityTypes.PhoneNumber, PiiEntityTypes.Address];

    public static void Apply(PageText page, List<Candidate> candidates)
    {
        // Lines above are shared by every value in a block; classify each line once.
        var lineVerdicts = new Dictionary<int, int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (Reclassified.Contains(candidate.EntityType) && InStaffBlock(page, candidate.Start, lineVerdicts))
            {
                candidates[i] = candidate with { EntityType = PiiEntityTypes.StaffContact };
            }
        }
    }

    private static bool InStaffBlock(PageText page, int position, Dictionary<int, int> lineVerdicts)
    {
        // On the value's own line the nearer label decides: "Student: Ana Ruiz (advisor: Dr. Lee)".
        var line = page.LineOf(position);
        var verdict = Verdict(page, page.LineBounds(line).Start, position);
        if (verdict != 0)
        {
            return verdict > 0;
        }

        for (var k = line - 1; k >= 0 && k >= line - LinesAbove && !page.IsBlank(k); k--)
        {
            if (!lineVerdicts.TryGetValue(k, out verdict))
            {
                var (start, end) = page.LineBounds(k);
                lineVerdicts[k] = verdict = Verdict(page, start, end);
            }

            if (verdict != 0)
            {
                return verdict > 0;
            }
        }

        return false;
    }

    // +1 when the staff label is the nearer one before end, -1 when a student label is, 0 when neither occurs.
    private static int Verdict(PageText page, int start, int end)
    {
        var words = new List<Range>();
        Words.Forward(page.Text, start, end, words);
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words);
        var staff = Staff.NearestFromEnd(page.Text, span);
        var student = Student.NearestFromEnd(page.Text, span);
        return staff == student ? 0 : staff < student ? 1 : -1;
    }
}
