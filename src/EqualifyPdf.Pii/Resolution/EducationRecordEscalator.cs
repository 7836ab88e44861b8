using EqualifyPdf.Pii.Recognizers;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Resolution;

/// <summary>
/// Raises a person or student ID that shares a row with a grade or score to EDUCATION_RECORD: under FERPA that
/// pairing is the record itself, the strongest reason to hold a document for review.
/// </summary>
internal static class EducationRecordEscalator
{
    private const double MinimumScore = 0.9;

    public static void Apply(PageText page, List<Candidate> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.EntityType is PiiEntityTypes.Person or PiiEntityTypes.StudentId
                && page.IsGradeRow(page.LineOf(candidate.Start)))
            {
                candidates[i] = candidate with
                {
                    EntityType = PiiEntityTypes.EducationRecord,
                    Score = Math.Max(candidate.Score, MinimumScore),
                    Reason = candidate.EntityType == PiiEntityTypes.Person ? "student name next to a grade or score" : "student ID next to a grade or score",
                };
            }
        }
    }
}
