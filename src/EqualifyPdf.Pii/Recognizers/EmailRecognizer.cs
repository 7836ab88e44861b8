using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Resolution;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>
/// E-mail addresses with a valid domain shape. Addresses at reserved documentation domains are skipped; role and
/// mailing-list mailboxes (help@, registrar@, R-help@, *-request@) score below the threshold.
/// </summary>
internal sealed partial class EmailRecognizer : IPiiRecognizer
{
    private const double PersonalScore = 0.85;
    private const double RoleMailboxScore = 0.3;

    // Mailboxes that belong to an office, not to a person.
    private static readonly HashSet<string> RoleMailboxes = new(StringComparer.OrdinalIgnoreCase)
    {
        "help", "helpdesk", "support", "info", "registrar", "admissions", "noreply", "no-reply", "webmaster",
        "library", "accessibility", "disability", "titleix", "security", "it", "servicedesk", "advising", "office",
        "example", "user", "name", "firstname.lastname", "yourname", "netid", "student",
    };

    public void Recognize(PageText page, ScanSettings settings, List<Candidate> output)
    {
        // Searching for '@' first is far cheaper than letting the regex try every word character as a start.
        var text = page.Text;
        for (var at = text.IndexOf('@'); at >= 0; at = text.IndexOf('@', at + 1))
        {
            var start = at;
            while (start > 0 && at - start < 64 && IsLocalChar(text[start - 1]))
            {
                start--;
            }

            var end = at + 1;
            while (end < text.Length && end - at < 256 && IsDomainChar(text[end]))
            {
                end++;
            }

            foreach (var match in Email().EnumerateMatches(text.AsSpan(start, end - start)))
            {
                var value = text.AsSpan(start + match.Index, match.Length);
                if (ReservedValues.IsReservedEmail(value))
                {
                    continue;
                }

                var local = value[..value.IndexOf('@')].ToString();
                var score = RoleMailboxes.Contains(local) || ReservedValues.IsRoleMailbox(value) ? RoleMailboxScore : PersonalScore;
                output.Add(new Candidate(PiiEntityTypes.EmailAddress, start + match.Index, start + match.Index + match.Length, score));
            }
        }
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsDomainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';

    // Labels of 1-63 characters not starting or ending with '-', and an alphabetic top-level domain.
    [GeneratedRegex(@"(?<![\w.%+\-])[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_])?@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w\-])")]
    private static partial Regex Email();
}
