using System.Buffers;
using EqualifyPdf.Pii.Text;

namespace EqualifyPdf.Pii.Context;

/// <summary>
/// A set of context words and phrases matched as whole words, never as substrings: Presidio's substring match made
/// "public" count as a licence context word. Phrases are indexed by their last word, so a check costs one hash
/// lookup per word looked at.
/// </summary>
internal sealed class ContextPhrases
{
    private readonly Dictionary<string, string[][]> _byLastWord;
    private readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly SearchValues<string> _anyWord;

    public ContextPhrases(params string[] phrases)
    {
        _byLastWord = phrases
            .Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(words => words[^1], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        _lookup = _byLastWord.GetAlternateLookup<ReadOnlySpan<char>>();
        // Every word of a phrase must occur for the phrase to; the longest is the rarest, so the best to search for.
        _anyWord = SearchValues.Create(
            [.. phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length)!).Distinct(StringComparer.OrdinalIgnoreCase)],
            StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the text might hold a phrase (its longest word occurs, possibly inside a longer word). Lets recognizers
    /// that need context skip a page in one vectorised pass.
    /// </summary>
    public bool MayOccurIn(string text) => text.AsSpan().ContainsAny(_anyWord);

    /// <summary>Whether a phrase occurs within the <paramref name="window"/> words before <paramref name="start"/>.</summary>
    public bool Before(string text, int start, int window)
    {
        Span<Range> words = stackalloc Range[16];
        var count = Words.Backwards(text, start, Math.Min(window, words.Length), words);
        return NearestFromEnd(text, words[..count]) != int.MaxValue;
    }

    /// <summary>Whether a phrase occurs anywhere in the given line.</summary>
    public bool InLine(PageText page, int lineIndex)
    {
        var (start, end) = page.LineBounds(lineIndex);
        return InRange(page.Text, start, end);
    }

    /// <summary>Whether a phrase occurs in the text between two offsets.</summary>
    public bool InRange(string text, int start, int end)
    {
        var all = new List<Range>();
        Words.Forward(text, start, end, all);
        return NearestFromEnd(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(all)) != int.MaxValue;
    }

    /// <summary>
    /// How many words back from the end of <paramref name="words"/> the nearest phrase ends (0 = it is the last
    /// word), or <see cref="int.MaxValue"/> when none occurs. <paramref name="words"/> are in text order.
    /// </summary>
    public int NearestFromEnd(string text, ReadOnlySpan<Range> words)
    {
        for (var last = words.Length - 1; last >= 0; last--)
        {
            if (!_lookup.TryGetValue(text.AsSpan()[words[last]], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                var first = last - phrase.Length + 1;
                var ok = first >= 0;
                for (var j = 0; j < phrase.Length - 1 && ok; j++)
                {
                    ok = text.AsSpan()[words[first + j]].Equals(phrase[j], StringComparison.OrdinalIgnoreCase);
                }

                if (ok)
                {
                    return words.Length - 1 - last;
                }
            }
        }

        return int.MaxValue;
    }
}
