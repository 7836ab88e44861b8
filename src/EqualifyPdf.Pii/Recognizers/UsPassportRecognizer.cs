using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>US passport numbers (9 digits, or a letter and 8 digits on next-generation books), only with passport context.</summary>
internal sealed partial class UsPassportRecognizer : IPiiRecognizer
{
    private const double WithContextScore = 0.8;

    private static readonly ContextPhrases Context = new("passport", "passport number", "passport no");

    public void Recognize(PageText page, ScanSettings settings, List<Candidate> output)
    {
        // Reported only with context, so a page without any context word cannot hold one.
        if (!Context.MayOccurIn(page.Text))
        {
            return;
        }

        foreach (var match in Passport().EnumerateMatches(page.Text))
        {
            if (Context.Before(page.Text, match.Index, settings.ContextWindow) || TableContext.HeaderHas(page, match.Index, Context))
            {
                output.Add(new Candidate(PiiEntityTypes.UsPassport, match.Index, match.Index + match.Length, WithContextScore));
            }
        }
    }

    [GeneratedRegex(@"(?<![\w\-/.])[A-Z]?\d{9}(?![\w\-/]|\.\d)|(?<![\w\-/.])[A-Z]\d{8}(?![\w\-/]|\.\d)")]
    private static partial Regex Passport();
}
