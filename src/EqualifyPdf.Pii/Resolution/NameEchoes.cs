using EqualifyPdf.Pii.Recognizers;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Resolution;

/// <summary>
/// Finds a student's surname repeated on its own later in the same page ("Respondent: Brandon Lefevre … Lefevre
/// identified himself"): once a page names a private person, the bare surname points at the same person.
/// </summary>
internal static class NameEchoes
{
    private const double EchoScore = 0.6;
    private const int MinimumSurnameLength = 4;
    // Rosters name everyone on their own row already; echoes matter in prose, where a page names a few people.
    private const int MaxNamesPerPage = 12;
    private const string Reason = "surname of a person named elsewhere on the page";

    public static void Apply(PageText page, List<Candidate> candidates)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.EntityType is PiiEntityTypes.Person or PiiEntityTypes.EducationRecord && c.Reason is null or not Reason)
            {
                var name = page.Text.AsSpan(c.Start, c.Length);
                var comma = name.IndexOf(',');
                var surname = comma > 0 ? name[..comma] : name[(name.LastIndexOf(' ') + 1)..];
                if (surname.Length >= MinimumSurnameLength && name.Contains(' '))
                {
                    surnames.Add(surname.ToString());
                }
            }
        }

        if (surnames.Count == 0 || surnames.Count > MaxNamesPerPage)
        {
            return;
        }

        var text = page.Text;
        var added = new List<Candidate>();
        foreach (var surname in surnames)
        {
            for (var at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
            {
                var end = at + surname.Length;
                var whole = (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]));
                if (whole && !candidates.Exists(c => c.Overlaps(at, end)) && !added.Exists(c => c.Overlaps(at, end)))
                {
                    added.Add(new Candidate(PiiEntityTypes.Person, at, end, EchoScore, Reason));
                }
            }
        }

        candidates.AddRange(added);
    }
}
