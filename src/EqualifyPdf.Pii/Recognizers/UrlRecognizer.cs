using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary>Web addresses. Reported for completeness; the default policy does not send them to review.</summary>
internal sealed partial class UrlRecognizer : IPiiRecognizer
{
    private const double Score = 0.6;

    public void Recognize(PageText page, ScanSettings settings, List<Candidate> output)
    {
        foreach (var match in Url().EnumerateMatches(page.Text))
        {
            var end = match.Index + match.Length;
            // Sentence punctuation after a link is not part of it.
            while (end > match.Index && page.Text[end - 1] is '.' or ',' or ';' or ':' or ')' or '!' or '?')
            {
                end--;
            }

            output.Add(new Candidate(PiiEntityTypes.Url, match.Index, end, Score));
        }
    }

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""']+", RegexOptions.IgnoreCase)]
    internal static partial Regex Url();
}
