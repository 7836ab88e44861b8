using EqualifyPdf.Conversion.Extraction;
using EqualifyPdf.Conversion.Tagged;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>
/// Splits a tagged page's lines where the structure tree says two pieces of one visual line are not one run of
/// text: code set beside code across a gutter keeps its wide gaps, so the two columns' lines join into one, but
/// the tree reads other lines of the page between the left piece and the right one (or reads the right one first).
/// </summary>
internal static class TreeLineSplitter
{
    /// <summary>Gap between the pieces, in font sizes: wider than a word space, narrower than any gutter.</summary>
    private const double MinGap = 0.8;

    public static void Split(List<TextLine> lines, IReadOnlyDictionary<int, StructTag> tags)
    {
        // Tree position of each word's content, with the line it is on, in tree order.
        var placed = new List<(int Order, int Line)>();
        for (var n = 0; n < lines.Count; n++)
        {
            foreach (var w in lines[n].Words)
            {
                if (OrderOf(w, tags) is { } order)
                {
                    placed.Add((order, n));
                }
            }
        }

        placed.Sort();
        var orders = placed.Select(p => p.Order).ToArray();
        for (var n = lines.Count - 1; n >= 0; n--)
        {
            if (Pieces(lines[n], n, tags, orders, placed) is { } pieces)
            {
                lines.RemoveAt(n);
                lines.InsertRange(n, pieces.Select(p => new TextLine(p)));
            }
        }
    }

    /// <summary>The line's pieces, or null when it reads as one run.</summary>
    private static List<List<TextWord>>? Pieces(TextLine line, int index, IReadOnlyDictionary<int, StructTag> tags, int[] orders, List<(int Order, int Line)> placed)
    {
        List<List<TextWord>>? pieces = null;
        var start = 0;
        for (var i = 1; i < line.Words.Count; i++)
        {
            var (a, b) = (line.Words[i - 1], line.Words[i]);
            if (b.Left - a.Right >= MinGap * Math.Max(a.FontSize, b.FontSize) && OrderOf(a, tags) is { } x && OrderOf(b, tags) is { } y
                && (y < x || ReadsElsewhereBetween(x, y, index, orders, placed)))
            {
                pieces ??= [];
                pieces.Add(line.Words[start..i]);
                start = i;
            }
        }

        pieces?.Add(line.Words[start..]);
        return pieces;
    }

    /// <summary>Whether content the tree places after <paramref name="x"/> and before <paramref name="y"/> lies on another line.</summary>
    private static bool ReadsElsewhereBetween(int x, int y, int line, int[] orders, List<(int Order, int Line)> placed)
    {
        var i = Array.BinarySearch(orders, x + 1);
        i = i < 0 ? ~i : i;
        while (i > 0 && orders[i - 1] > x)
        {
            i--;
        }

        for (; i < placed.Count && placed[i].Order < y; i++)
        {
            if (placed[i].Line != line)
            {
                return true;
            }
        }

        return false;
    }

    private static int? OrderOf(TextWord word, IReadOnlyDictionary<int, StructTag> tags) =>
        word.Mcid >= 0 && tags.TryGetValue(word.Mcid, out var tag) ? tag.Order : null;
}
