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

    // A table row is one sentence; in prose the grade must be in the candidate's own sentence: "Omar Haddad (ID …)
    // appeals the grade. Mr. Haddad received a C+." makes the second mention the record, not the first.
    private static bool GradeInSameSentence(PageText page, Candidate candidate)
    {
        var line = page.LineOf(candidate.Start);
        var (lineStart, lineEnd) = page.LineBounds(line);
        var text = page.Text;
        var start = lineStart;
        for (var i = candidate.Start - 1; i > lineStart; i--)
        {
            if (IsSentenceEnd(text, i, lineStart))
            {
                start = i + 1;
                break;
            }
        }

        var end = lineEnd;
        for (var i = candidate.End; i < lineEnd - 1; i++)
        {
            if (IsSentenceEnd(text, i, lineStart))
            {
                end = i + 1;
                break;
            }
        }

        if (start == lineStart && end == lineEnd)
        {
            return true;
        }

        return Context.GradeTokens.ContainsGrade(text.AsSpan(start, end - start));
    }

    // ". " + capital after a lowercase word or a number that is not a title ("Dr.", "Mr.") or an initial.
    private static bool IsSentenceEnd(string text, int i, int lineStart)
    {
        if (text[i] is not ('.' or '!' or '?') || i + 2 >= text.Length || text[i + 1] != ' ' || !char.IsUpper(text[i + 2]))
        {
            return false;
        }

        var w = i;
        while (w > lineStart && char.IsLetterOrDigit(text[w - 1]))
        {
            w--;
        }

        var word = text.AsSpan(w, i - w);
        return word.Length >= 2 && (char.IsLower(word[^1]) || char.IsDigit(word[^1]))
            && word is not ("Mr" or "Ms" or "Mrs" or "Mx" or "Dr" or "Prof" or "St" or "Jr" or "Sr" or "vs" or "No");
    }

    public static void Apply(PageText page, List<Candidate> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.EntityType is PiiEntityTypes.Person or PiiEntityTypes.StudentId
                && page.IsGradeRow(page.LineOf(candidate.Start)) && GradeInSameSentence(page, candidate))
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
