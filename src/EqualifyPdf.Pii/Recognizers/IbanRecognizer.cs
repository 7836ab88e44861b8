using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>International bank account numbers: the country's registered length and the ISO 7064 mod-97 check.</summary>
internal sealed partial class IbanRecognizer : IPiiRecognizer
{
    private const double Score = 0.9;

    public void Recognize(PageText page, ScanSettings settings, List<Candidate> output)
    {
        foreach (var match in Iban().EnumerateMatches(page.Text))
        {
            var compact = page.Text.Substring(match.Index, match.Length).Replace(" ", string.Empty, StringComparison.Ordinal);
            // A grouped IBAN may be followed by more words; trim to the registered length before checking.
            if (!IbanCountryLengths.ByCountry.TryGetValue(compact[..2], out var length) || compact.Length < length)
            {
                continue;
            }

            var end = EndAfterCharacters(page.Text, match.Index, length);
            if (IsValid(compact[..length]) && !Resolution.ReservedNumbers.IsDocumentationIban(compact.AsSpan(0, length)) && (end == page.Text.Length || !char.IsLetterOrDigit(page.Text[end])))
            {
                output.Add(new Candidate(PiiEntityTypes.IbanCode, match.Index, end, Score));
            }
        }
    }

    internal static bool IsValid(string iban)
    {
        if (!IbanCountryLengths.ByCountry.TryGetValue(iban[..2], out var length) || iban.Length != length)
        {
            return false;
        }

        var remainder = 0;
        foreach (var c in iban[4..] + iban[..4])
        {
            var value = char.IsDigit(c) ? c - '0' : char.IsAsciiLetterUpper(c) ? c - 'A' + 10 : -1;
            if (value < 0)
            {
                return false;
            }

            remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
        }

        return remainder == 1;
    }

    private static int EndAfterCharacters(string text, int start, int count)
    {
        var i = start;
        for (var seen = 0; seen < count; i++)
        {
            seen += text[i] == ' ' ? 0 : 1;
        }

        return i;
    }

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")]
    private static partial Regex Iban();
}
