using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>US individual taxpayer identification numbers: 9xx area, ITIN group ranges, and ITIN or tax context.</summary>
internal sealed partial class UsItinRecognizer : IPiiRecognizer
{
    private const double WithContextScore = 0.85;

    private static readonly ContextPhrases Context = new("itin", "taxpayer", "tax id", "tin", "individual taxpayer", "tax identification");

    public void Recognize(PageText page, ScanSettings settings, List<Candidate> output)
    {
        // Reported only with context, so a page without any context word cannot hold one.
        if (!Context.MayOccurIn(page.Text))
        {
            return;
        }

        foreach (var match in Itin().EnumerateMatches(page.Text))
        {
            if (Context.Before(page.Text, match.Index, settings.ContextWindow) || TableContext.HeaderHas(page, match.Index, Context))
            {
                output.Add(new Candidate(PiiEntityTypes.UsItin, match.Index, match.Index + match.Length, WithContextScore));
            }
        }
    }

    // Groups 50-65, 70-88, 90-92 and 94-99 are the ones the IRS issues.
    [GeneratedRegex(@"(?<![\w\-/.])9\d{2}([- ]?)(?:5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])\1\d{4}(?![\w\-/]|\.\d)")]
    private static partial Regex Itin();
}
