using System.Text.RegularExpressions;
using EqualifyPdf.Pii.Recognizers;

namespace EqualifyPdf.Pii.Resolution;

/// <summary>
/// Drops matches that sit inside things known not to be personal: ISBNs, DOIs, GUIDs, file names and links. Their
/// digit groups look like phones, IDs and card numbers, and were the bulk of the older design's false positives.
/// </summary>
internal static partial class TrapFilter
{
    public static void Apply(string text, List<Candidate> candidates)
    {
        var traps = new List<(int Start, int End)>();
        foreach (var regex in (ReadOnlySpan<Regex>)[Isbn(), Doi(), Guid()])
        {
            foreach (var match in regex.EnumerateMatches(text))
            {
                traps.Add((match.Index, match.Index + match.Length));
            }
        }

        // Find the extension first and walk back to the name's start: a pattern starting with [\w.-]+ would be
        // tried at every word character.
        foreach (var match in FileExtension().EnumerateMatches(text))
        {
            var start = match.Index;
            while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '-' or '.'))
            {
                start--;
            }

            if (start < match.Index && (start == 0 || text[start - 1] != '@'))
            {
                traps.Add((start, match.Index + match.Length));
            }
        }

        foreach (var candidate in candidates)
        {
            if (candidate.EntityType == PiiEntityTypes.Url)
            {
                traps.Add((candidate.Start, candidate.End));
            }
        }

        if (traps.Count == 0)
        {
            return;
        }

        traps.Sort();
        candidates.RemoveAll(c => c.EntityType != PiiEntityTypes.Url && InsideAny(traps, c));
    }

    private static bool InsideAny(List<(int Start, int End)> sortedTraps, Candidate candidate)
    {
        // Binary search for the last trap starting before the candidate ends, then walk back while traps could overlap.
        int lo = 0, hi = sortedTraps.Count - 1, last = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sortedTraps[mid].Start < candidate.End)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (var i = last; i >= 0 && i > last - 8; i--)
        {
            if (candidate.Overlaps(sortedTraps[i].Start, sortedTraps[i].End))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\bISBN(?:-1[03])?:?\s*(?:97[89][\s\-]?)?\d{1,5}[\s\-]?\d{1,7}[\s\-]?\d{1,7}[\s\-]?[\dX]\b|(?<![\w\-])97[89][\-\s]\d{1,5}[\-\s]\d{1,7}[\-\s]\d{1,7}[\-\s]\d(?![\w\-])", RegexOptions.IgnoreCase)]
    private static partial Regex Isbn();

    [GeneratedRegex(@"\b10\.\d{4,9}/[^\s""<>]+")]
    private static partial Regex Doi();

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\.(?:pdf|docx?|xlsx?|pptx?|csv|txt|png|jpe?g|gif|zip|tar|gz|py|java|cs|cpp|ipynb|html?|json|xml|md|mat|sav|dta)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();
}
