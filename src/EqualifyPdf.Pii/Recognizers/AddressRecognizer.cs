using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>
/// US street addresses: house number, capitalised street name and a street suffix, an optional unit, and an optional
/// "City, ST 12345" tail which makes the match near-certain.
/// </summary>
internal sealed partial class AddressRecognizer : IPiiRecognizer
{
    private const double StreetOnlyScore = 0.55;
    private const double FullScore = 0.85;
    private const double ContextBoost = 0.15;

    private static readonly ContextPhrases Context = new("address", "addr", "lives", "residence", "mailing", "home", "street", "permanent");

    public void Recognize(PageText page, ScanSettings settings, List<Candidate> output)
    {
        foreach (Match match in Street().Matches(page.Text))
        {
            if (IsPlaceholder(match))
            {
                continue;
            }

            var score = match.Groups["city"].Success ? FullScore : StreetOnlyScore;
            if (Context.Before(page.Text, match.Index, settings.ContextWindow))
            {
                score += ContextBoost;
            }

            output.Add(new Candidate(PiiEntityTypes.Address, match.Index, match.Index + match.Length, Math.Min(score, 1)));
        }
    }

    // Template addresses: "123 Main Street", "Anytown, ST 12345", the ZIP codes 12345, 67890 and 00000.
    private static bool IsPlaceholder(Match match)
    {
        var value = match.ValueSpan;
        return value.StartsWith("123 Main", StringComparison.Ordinal) || value.Contains("Anytown", StringComparison.Ordinal)
            || value.EndsWith(" ST 12345", StringComparison.Ordinal) || value.EndsWith(" 12345", StringComparison.Ordinal)
            || value.EndsWith(" 67890", StringComparison.Ordinal) || value.EndsWith(" 00000", StringComparison.Ordinal)
            || value.Contains(", ST ", StringComparison.Ordinal) || value.Contains(", XX ", StringComparison.Ordinal);
    }

    [GeneratedRegex(
        @"(?<![\w\-/.])\d{1,6}[A-Z]?[ ]+(?:[NSEW]\.?[ ]+|North[ ]+|South[ ]+|East[ ]+|West[ ]+)?(?:(?!(?:My|Your|Our|His|Her|Its|Their|This|That|These|Those|No|And|Or|The)\b)[A-Z][a-z]+[ ]+|\d{1,3}(?:st|nd|rd|th)[ \t]+){1,3}" +
        @"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop|Row|Pike|Alley)\b\.?" +
        @"(?:,?[ \t]+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?[ \t]*#?[A-Za-z0-9\-]+)?" +
        @"(?<city>,?(?:[ \t]+|[ \t]*\r?\n[ \t]*)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2},[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?)?(?!\w)")]
    private static partial Regex Street();
}
