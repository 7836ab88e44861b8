using System.Buffers;
using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Context;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>A date reported only next to birth context (DOB, born, date of birth): schedule dates stay quiet.</summary>
internal sealed partial class DateOfBirthRecognizer : IPiiRecognizer
{
    private const double WithContextScore = 0.85;
    private const double HeaderScore = 0.8;

    private static readonly ContextPhrases Context = new("dob", "d o b", "born", "birth", "birthdate", "birthday", "date of birth");

    // Each phrase of Context except "d o b" contains one of these.
    private static readonly SearchValues<string> BirthWords = SearchValues.Create(["dob", "born", "birth"], StringComparison.OrdinalIgnoreCase);

    public void Recognize(PageText page, ScanSettings settings, List<Candidate> output)
    {
        // Reported only with context, so a page without any context word cannot hold one. The spelled-out "D.O.B."
        // has only one-letter words, which every page holds, so it gets its own test instead of Context.MayOccurIn.
        if (!page.Text.AsSpan().ContainsAny(BirthWords) && !SpelledOutDob().IsMatch(page.Text))
        {
            return;
        }

        foreach (var match in Date().EnumerateMatches(page.Text))
        {
            var score = Context.Before(page.Text, match.Index, settings.ContextWindow) ? WithContextScore
                : TableContext.HeaderHas(page, match.Index, Context) ? HeaderScore : 0;
            if (score > 0)
            {
                output.Add(new Candidate(PiiEntityTypes.DateOfBirth, match.Index, match.Index + match.Length, score));
            }
        }
    }

    // The words d, o, b in order with only non-letters between them: what the phrase "d o b" needs to occur.
    [GeneratedRegex(@"d\P{L}+o\P{L}+b", RegexOptions.IgnoreCase)]
    private static partial Regex SpelledOutDob();

    // 03/14/2001, 3-14-01, 2001-03-14, March 14, 2001, 14 March 2001, Mar. 14 2001.
    [GeneratedRegex(@"(?<![\w/\-.])(?:\d{1,2}[/\-.]\d{1,2}[/\-.](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})(?![\w/\-]|\.\d)")]
    private static partial Regex Date();
}
