using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>Payment card numbers: an issuer prefix, a card length and a passing Luhn check.</summary>
internal sealed partial class CreditCardRecognizer : IPiiRecognizer
{
    private const double Score = 0.85;
    private const double ContextBoost = 0.1;

    private static readonly ContextPhrases Context = new("card", "credit", "visa", "mastercard", "amex", "discover", "cc", "payment");

    public void Recognize(PageText page, ScanSettings settings, List<Candidate> output)
    {
        foreach (var match in Card().EnumerateMatches(page.Text))
        {
            var digits = Digits(page.Text.AsSpan(match.Index, match.Length));
            if (!HasIssuerPrefix(digits) || !PassesLuhn(digits) || Resolution.ReservedNumbers.IsTestCard(digits))
            {
                continue;
            }

            var score = Context.Before(page.Text, match.Index, settings.ContextWindow) ? Score + ContextBoost : Score;
            output.Add(new Candidate(PiiEntityTypes.CreditCard, match.Index, match.Index + match.Length, score));
        }
    }

    internal static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    // Visa, Mastercard (51-55, 2221-2720), Amex, Discover, JCB, Diners: other prefixes are rarely card numbers.
    internal static bool HasIssuerPrefix(ReadOnlySpan<char> d)
    {
        var two = int.Parse(d[..2]);
        var four = int.Parse(d[..4]);
        return d.Length switch
        {
            15 => two is 34 or 37,
            14 => two is 36 or 38 or 30,
            >= 13 and <= 19 => d[0] == '4' || (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)
                || four == 6011 || two == 65 || two == 35,
            _ => false,
        };
    }

    private static string Digits(ReadOnlySpan<char> value)
    {
        Span<char> buffer = stackalloc char[value.Length];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsDigit(c))
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }

    // Groups of 4 (or Amex 4-6-5) with one consistent separator, or an unbroken 13-19 digit run; never the head of
    // a longer grouped run such as a tracking number.
    [GeneratedRegex(@"(?<![\w\-.])(?:\d{13,19}|\d{4}([ \-])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ \-])\d{6}\2\d{4,5})(?![\w\-]|[ \-.]\d)")]
    private static partial Regex Card();
}
