using System.Buffers;
using System.Text;
using UglyToad.PdfPig.Content;

namespace EqualifyPdf.Conversion.Extraction;

/// <summary>
/// Letters to words to lines in O(n log n): sort letters by baseline, cluster baselines into rows, sort each row
/// by x and split on gaps. PdfPig's NearestNeighbourWordExtractor compares letter pairs and is quadratic on dense
/// pages; this keeps the per-page cost close to a sort.
/// </summary>
internal sealed class LineBuilder(FontTraits traits)
{
    /// <summary>A gap wider than this fraction of the font size starts a new word.</summary>
    private const double WordGap = 0.17;

    /// <summary>A gap wider than this fraction of the font size starts a new line segment (column or cell gap).</summary>
    private const double SegmentGap = 0.9;

    /// <summary>
    /// Between two monospace glyphs a wide gap is indentation or alignment inside code (or a justified space in
    /// inline code), not a cell gap: only a gap this many font sizes wide starts a new segment there.
    /// </summary>
    private const double MonospaceSegmentGap = 12;

    // Rented, not owned: a dense page's glyph array exceeds the large-object threshold, and allocating it afresh per
    // page (or per document, as the builder once kept its own) drove extra full garbage collections. Pools of their own,
    // not ArrayPool.Shared: each conversion runs on a fresh thread, and Shared keeps a returned array in the returning
    // thread's own slot, where the next conversion never finds it.
    private static readonly ArrayPool<Glyph> GlyphPool = ArrayPool<Glyph>.Create();
    private static readonly ArrayPool<double> KeyPool = ArrayPool<double>.Create();
    private static readonly ArrayPool<int> OrderPool = ArrayPool<int>.Create();

    // Per-row scratch, reused from row to row for the same reason: a page has dozens of rows.
    private double[] rowLefts = [];
    private int[] rowOrder = [];
    private readonly List<TextWord> rowWords = [];
    private readonly List<Glyph> wordGlyphs = [];
    private readonly StringBuilder wordText = new();

    public List<TextLine> Build(IReadOnlyList<Letter> letters, double pageHeight, McidMap? mcids)
    {
        var glyphs = GlyphPool.Rent(letters.Count);
        var keys = KeyPool.Rent(letters.Count);
        var order = OrderPool.Rent(letters.Count);
        try
        {
            return BuildLines(letters, pageHeight, mcids, glyphs, keys, order);
        }
        finally
        {
            // The glyphs hold the page's letters: let them go with the page.
            GlyphPool.Return(glyphs, clearArray: true);
            KeyPool.Return(keys);
            OrderPool.Return(order);
        }
    }

    private List<TextLine> BuildLines(IReadOnlyList<Letter> letters, double pageHeight, McidMap? mcids, Glyph[] glyphs, double[] keys, int[] order)
    {
        var count = 0;
        foreach (var l in letters)
        {
            var size = l.PointSize > 0 ? l.PointSize : Math.Max(l.BoundingBox.Height, 1);
            if (l.RenderingMode == UglyToad.PdfPig.Core.TextRenderingMode.Neither && size < 1)
            {
                continue;
            }

            var box = l.BoundingBox;
            var baseline = pageHeight - l.StartBaseLine.Y;
            var left = Math.Min(l.StartBaseLine.X, box.Left);
            var right = Math.Max(left + Math.Max(l.Width, 0), box.Right);
            var mcid = mcids?.Of(l) ?? -1;
            glyphs[count] = new Glyph(l, left, right, baseline, size, mcid);
            keys[count] = baseline;
            count++;
        }

        // The hot spot of extraction. Sorting int indices by a key array avoids a delegate call per comparison and,
        // unlike sorting the glyph structs themselves, a write-barrier copy of a 48-byte struct per swap.
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order, 0, count);
        var lines = new List<TextLine>();

        // A row is a run of consecutive glyphs in baseline order, so it is passed as a slice of the order, not copied.
        var start = 0;
        double rowBaseline = 0, rowSize = 0;
        for (var k = 0; k < count; k++)
        {
            ref readonly var g = ref glyphs[order[k]];
            if (k > start && Math.Abs(g.Baseline - rowBaseline) > 0.4 * Math.Max(Math.Min(g.Size, rowSize), 1))
            {
                EmitRow(glyphs, order.AsSpan(start, k - start), lines);
                start = k;
            }

            if (k == start)
            {
                rowBaseline = g.Baseline;
                rowSize = g.Size;
            }
        }

        EmitRow(glyphs, order.AsSpan(start, count - start), lines);
        return Superscripts.Attach(lines);
    }

    private void EmitRow(Glyph[] glyphs, ReadOnlySpan<int> row, List<TextLine> lines)
    {
        if (row.Length == 0)
        {
            return;
        }

        if (rowLefts.Length < row.Length)
        {
            (rowLefts, rowOrder) = (new double[Math.Max(row.Length, 2 * rowLefts.Length)], new int[Math.Max(row.Length, 2 * rowLefts.Length)]);
        }

        var lefts = rowLefts;
        var sorted = rowOrder.AsSpan(0, row.Length);
        row.CopyTo(sorted);
        for (var i = 0; i < row.Length; i++)
        {
            lefts[i] = glyphs[row[i]].Left;
        }

        Array.Sort(lefts, rowOrder, 0, row.Length);
        var words = rowWords;
        var current = wordGlyphs;
        current.Clear();
        double lastRight = double.NegativeInfinity;
        foreach (var index in sorted)
        {
            var g = glyphs[index];
            var isSpace = string.IsNullOrWhiteSpace(g.Letter.Value);
            var gap = g.Left - lastRight;
            var size = Math.Max(g.Size, 1);
            if (current.Count > 0 && (isSpace || gap > WordGap * size))
            {
                words.Add(MakeWord(current));
                current.Clear();
                if (!isSpace && gap > SegmentLimit(words, g, size) && !IsMarkerBeforeText(words, gap, size))
                {
                    FlushSegment(words, lines);
                }
            }
            else if (current.Count == 0 && words.Count > 0 && !isSpace && gap > SegmentLimit(words, g, size) && !IsMarkerBeforeText(words, gap, size))
            {
                FlushSegment(words, lines);
            }

            if (!isSpace)
            {
                current.Add(g);
                lastRight = Math.Max(lastRight, g.Right);
            }
        }

        if (current.Count > 0)
        {
            words.Add(MakeWord(current));
        }

        FlushSegment(words, lines);
    }

    /// <summary>
    /// A lone list marker ("•", "1.", "a)") with its text a tab stop away stays on the text's line: splitting there
    /// would make a column of bullets that reads before the items.
    /// </summary>
    private static bool IsMarkerBeforeText(List<TextWord> words, double gap, double size) =>
        words.Count == 1 && gap < 6 * size && Structure.ListMarkers.Match(words[0].Text + " x") != null;

    /// <summary>The gap that splits a line here: wider between two monospace words (code keeps its spacing).</summary>
    private double SegmentLimit(List<TextWord> words, Glyph next, double size) =>
        words.Count > 0 && words[^1].Monospace && traits.Of(next.Letter).Mono ? MonospaceSegmentGap * size : SegmentGap * size;

    private static void FlushSegment(List<TextWord> words, List<TextLine> lines)
    {
        if (words.Count > 0)
        {
            lines.Add(new TextLine([.. words]));
            words.Clear();
        }
    }

    private TextWord MakeWord(List<Glyph> glyphs)
    {
        var first = glyphs[0];
        var (name, bold, italic, mono) = traits.Of(first.Letter);
        double size = 0, baseline = double.MinValue, right = double.MinValue;
        var text = wordText.Clear();
        foreach (var g in glyphs)
        {
            size = Math.Max(size, g.Size);
            baseline = Math.Max(baseline, g.Baseline);
            right = Math.Max(right, g.Right);
            text.Append(g.Letter.Value);
        }

        var stroked = first.Letter.RenderingMode == UglyToad.PdfPig.Core.TextRenderingMode.FillThenStroke;
        return new TextWord
        {
            Text = Ligatures.Expand(text.ToString()),
            Left = first.Left,
            Right = right,
            Top = baseline - (0.8 * size),
            Bottom = baseline + (0.2 * size),
            Baseline = baseline,
            FontSize = Math.Round(size, 1),
            FontName = name,
            Bold = bold || stroked,
            Italic = italic,
            Monospace = mono,
            Mcid = first.Mcid,
        };
    }

    private readonly record struct Glyph(Letter Letter, double Left, double Right, double Baseline, double Size, int Mcid);
}
