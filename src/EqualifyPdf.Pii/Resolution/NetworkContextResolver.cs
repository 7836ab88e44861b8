using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Recognizers;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Resolution;

/// <summary>
/// Decides whether an IP address is personal from what the text around it is about: an address on a row with a
/// student (a lab-VM assignment table), or in an incident report or access log on a page about a person, is personal;
/// the same address in a networking tutorial is not. Public addresses in an incident or log excerpt stay personal
/// even without a name, since they point at whoever was behind them.
/// </summary>
internal static class NetworkContextResolver
{
    private const double PersonalScore = 0.85;
    private const double TechnicalScore = 0.1;
    private const int MaxLinesUp = 40;
    private const string PersonalReason = "IP address in a record about a person";

    private static readonly ContextPhrases Incident = new(
        "incident", "failed", "password", "login", "logins", "logged", "sshd", "attack", "attacker", "abuse", "intrusion",
        "breach", "compromised", "suspicious", "blocked", "banned", "src", "user", "account", "accessed", "uploaded",
        "submitted", "assigned", "seen", "hearing", "violation", "phishing");

    public static void Apply(PageText page, List<Candidate> candidates, double threshold)
    {
        bool? pageHasPerson = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.EntityType != PiiEntityTypes.IpAddress || candidate.Score < IpAddressRecognizer.LocalScore)
            {
                continue;
            }

            var line = page.LineOf(candidate.Start);
            pageHasPerson ??= candidates.Exists(c => IsPerson(c, threshold));
            var personOnLine = pageHasPerson.Value && candidates.Exists(c => IsPerson(c, threshold) && page.LineOf(c.Start) == line);
            var incident = BlockHasIncident(page, line);
            var isLocal = candidate.Reason == IpAddressRecognizer.LocalReason;
            var personal = personOnLine || (pageHasPerson.Value && incident) || (!isLocal && incident);
            candidates[i] = candidate with
            {
                Score = personal ? Math.Max(PersonalScore, candidate.Score) : TechnicalScore,
                Reason = personal ? PersonalReason : null,
            };
        }
    }

    private static bool IsPerson(Candidate c, double threshold) =>
        c.Score >= threshold && c.EntityType is PiiEntityTypes.Person or PiiEntityTypes.StudentId or PiiEntityTypes.EducationRecord;

    private static bool BlockHasIncident(PageText page, int line)
    {
        var top = Math.Max(page.BlockTop(line), line - MaxLinesUp);
        // The heading of a log excerpt often sits just above the block, separated by a blank line.
        if (top >= 2 && page.IsBlank(top - 1) && page.LineHas(top - 2, Incident))
        {
            return true;
        }

        for (var k = line; k >= top; k--)
        {
            if (page.LineHas(k, Incident))
            {
                return true;
            }
        }

        return false;
    }
}
