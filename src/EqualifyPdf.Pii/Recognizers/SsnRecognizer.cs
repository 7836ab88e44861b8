using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>
/// US social security numbers outside the published invalid ranges: area 000, 666 and 9xx (9xx are ITINs), group
/// 00, serial 0000, one repeated digit, mixed delimiters and numbers printed in advertising and samples.
/// </summary>
internal sealed partial class SsnRecognizer : IPiiRecognizer
{
    private const double DashedScore = 0.6;
    private const double SpacedScore = 0.4;
    private const double BareScore = 0.3;
    private const double ContextBoost = 0.35;

    private static readonly ContextPhrases Context = new("ssn", "ssns", "social security", "social", "ss", "soc sec", "ss#");

    // Numbers published as examples (Woolworth wallet card, SSA advertising, the common sequence).
    private static readonly HashSet<string> KnownSamples = ["078051120", "219099999", "123456789", "457555462"];

    public void Recognize(PageText page, ScanSettings settings, List<Candidate> output)
    {
        foreach (Match match in Ssn().Matches(page.Text))
        {
            if (!IsValid(match.Groups["area"].Value, match.Groups["group"].Value, match.Groups["serial"].Value))
            {
                continue;
            }

            var delimiter = match.Groups["d"].Value;
            var score = delimiter == "-" ? DashedScore : delimiter.Length > 0 ? SpacedScore : BareScore;
            if (Context.Before(page.Text, match.Index, settings.ContextWindow) || TableContext.HeaderHas(page, match.Index, Context))
            {
                score += ContextBoost;
            }

            output.Add(new Candidate(PiiEntityTypes.UsSsn, match.Index, match.Index + match.Length, Math.Min(score, 1)));
        }
    }

    internal static bool IsValid(string area, string group, string serial)
    {
        var digits = area + group + serial;
        return area is not ("000" or "666") && area[0] != '9' && group != "00" && serial != "0000"
            && digits.AsSpan().IndexOfAnyExcept(digits[0]) >= 0 && !KnownSamples.Contains(digits);
    }

    // The back-reference forces one delimiter throughout: 123-45 6789 is not written by anyone meaning an SSN.
    [GeneratedRegex(@"(?<![\w\-/.])(?<area>\d{3})(?<d>[- ]?)(?<group>\d{2})\k<d>(?<serial>\d{4})(?![\w\-/]|\.\d)")]
    private static partial Regex Ssn();
}
