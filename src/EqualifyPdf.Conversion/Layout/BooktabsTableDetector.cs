using EqualifyPdf.Conversion.Extraction;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>
/// Finds one-column booktabs tables: a top rule and a mid rule of the same extent with a short header between them,
/// and a body below the mid rule that runs to a bottom rule of that extent or, on a page the table continues past,
/// to the end of the page's content. Such a table has no column gap, so the unruled detector reads it as text; the
/// rules are the only sign. Tables with several columns are left to the unruled detector, which finds their rivers.
/// </summary>
internal static class BooktabsTableDetector
{
    /// <summary>Rules of one table share their left and right ends within this, in points.</summary>
    private const double Tolerance = 2;

    /// <summary>Narrowest rule that can be a table's: a footnote rule or an underline is shorter.</summary>
    private const double MinRuleWidth = 144;

    /// <summary>Most lines a header between the top and the mid rule has.</summary>
    private const int MaxHeaderLines = 4;

    /// <summary>Most words in one header line: a header names a column, it does not say a sentence.</summary>
    private const int MaxHeaderWords = 6;

    /// <summary>The one-column booktabs tables among <paramref name="lines"/>, whose lines it marks consumed.</summary>
    /// <param name="horizontals">The page's horizontal rules that bound no ruled grid.</param>
    /// <param name="lines">The page's text lines.</param>
    public static List<LayoutItem> Detect(List<Ruling> horizontals, List<TextLine> lines)
    {
        var tables = new List<LayoutItem>();
        var candidates = horizontals.Where(r => r.X2 - r.X1 >= MinRuleWidth).OrderBy(r => r.Y1).ToList();
        foreach (var group in SameExtent(candidates))
        {
            for (var i = 0; i + 1 < group.Count; i++)
            {
                if (TryBuild(group, i, candidates, lines) is { } built)
                {
                    tables.Add(built.Table);
                    i = built.LastRule;
                }
            }
        }

        return tables;
    }

    private static (LayoutItem Table, int LastRule)? TryBuild(List<Ruling> group, int top, List<Ruling> allRules, List<TextLine> lines)
    {
        var (x1, x2) = (group[top].X1 - Tolerance, group[top].X2 + Tolerance);
        bool Inside(TextLine l) => !l.Consumed && l.Left >= x1 && l.Right <= x2;
        var topY = group[top].Y1;
        var midY = group[top + 1].Y1;
        var header = lines.Where(l => Inside(l) && l.Top > topY && l.Bottom < midY).OrderBy(l => l.Top).ToList();
        // A header names columns in the text face, close under the top rule and close over the mid rule; a boxed code
        // listing (a border above and below monospace lines) is not one.
        if (header.Count is 0 or > MaxHeaderLines || header.Any(l => l.Words.Count > MaxHeaderWords || l.MonospaceFraction >= 0.5)
            || header[0].Top - topY > 1.5 * header[0].Height || midY - header[^1].Bottom > 1.5 * header[^1].Height
            || lines.Any(l => !l.Consumed && !Inside(l) && l.Bottom > topY && l.Top < midY && Overlaps(l, x1, x2)))
        {
            return null;
        }

        var hasBottom = top + 2 < group.Count;
        var bottomY = hasBottom ? group[top + 2].Y1 : double.PositiveInfinity;
        var body = Body(lines, Inside, midY, bottomY, x1, x2, allRules);
        if (body.Count < 2)
        {
            return null;
        }

        // Header cells are set in the body's size: a larger line between two rules is a heading under a boxed line.
        var sizes = body.Select(l => l.FontSize).Order().ToList();
        if (header.Any(l => l.FontSize > 1.1 * sizes[sizes.Count / 2]))
        {
            return null;
        }

        // One column, set ragged right; without a bottom rule the table goes on over the page, so nothing may follow
        // it on this page.
        if (SideBySide(header) || SideBySide(body) || HasRiver(body) || Justified(body, group[top].X2)
            || (!hasBottom && lines.Any(l => !l.Consumed && l.Top > body[^1].Bottom)))
        {
            return null;
        }

        var rows = new List<List<GridCell>> { new() { new GridCell(string.Join(' ', header.Select(l => l.Text)), 1, false) } };
        rows.AddRange(Rows(body, group[top].X2).Select(text => new List<GridCell> { new(text, 1, false) }));
        // Three rules of one extent are a table even with one row (the last page of a longtable); two need more.
        if (rows.Count < (hasBottom ? 2 : 3))
        {
            return null;
        }

        header.ForEach(l => l.Consumed = true);
        body.ForEach(l => l.Consumed = true);
        var bottom = hasBottom ? bottomY : body.Max(l => l.Bottom);
        var item = new LayoutItem
        {
            Kind = LayoutKind.Table, Left = group[top].X1, Top = topY, Right = group[top].X2, Bottom = bottom,
            Table = new TableGrid(rows, 1, false),
        };
        return (item, hasBottom ? top + 2 : top + 1);
    }

    /// <summary>
    /// The lines below the mid rule inside the table's extent, down to the bottom rule; without one (the table goes on
    /// over the page), down to the first wide vertical gap, a line beside the table, or a rule of another extent.
    /// </summary>
    private static List<TextLine> Body(List<TextLine> lines, Func<TextLine, bool> inside, double midY, double bottomY, double x1, double x2, List<Ruling> rules)
    {
        var below = lines.Where(l => !l.Consumed && l.Top > midY && l.Bottom < bottomY).OrderBy(l => l.Top).ToList();
        if (!double.IsPositiveInfinity(bottomY))
        {
            return below.Any(l => !inside(l) && Overlaps(l, x1, x2)) ? [] : below.Where(inside).ToList();
        }

        var body = new List<TextLine>();
        var heights = below.Select(l => l.Height).Order().ToList();
        var maxGap = heights.Count == 0 ? 0 : 1.5 * heights[heights.Count / 2];
        foreach (var line in below)
        {
            if (!inside(line))
            {
                if (Overlaps(line, x1, x2))
                {
                    break;
                }

                continue;
            }

            var previousBottom = body.Count == 0 ? midY : body[^1].Bottom;
            if (line.Top - previousBottom > maxGap || rules.Any(r => r.Y1 > previousBottom && r.Y1 < line.Top))
            {
                break;
            }

            body.Add(line);
        }

        return body;
    }

    /// <summary>Rules grouped by their left and right ends, each group top to bottom, a doubled stroke counted once.</summary>
    private static List<List<Ruling>> SameExtent(List<Ruling> rules)
    {
        var groups = new List<List<Ruling>>();
        foreach (var r in rules)
        {
            var group = groups.Find(g => Math.Abs(g[0].X1 - r.X1) <= Tolerance && Math.Abs(g[0].X2 - r.X2) <= Tolerance);
            if (group == null)
            {
                groups.Add([r]);
            }
            else if (r.Y1 - group[^1].Y2 > 1)
            {
                group.Add(r);
            }
        }

        return groups;
    }

    private static bool Overlaps(TextLine l, double x1, double x2) => Math.Min(l.Right, x2) - Math.Max(l.Left, x1) > 0;

    /// <summary>
    /// Whether most lines that go on to a next line end flush at the right edge: justified prose under a ruled title,
    /// not table cells, which LaTeX sets ragged right.
    /// </summary>
    private static bool Justified(List<TextLine> body, double right)
    {
        // A quarter em: the last glyph's side bearing keeps the ink of a flush line short of the edge.
        var flush = body.SkipLast(1).Count(l => Math.Abs(right - l.Right) <= 0.25 * l.FontSize);
        return body.Count >= 3 && flush * 2 > body.Count - 1;
    }

    /// <summary>Whether two of the lines share a baseline: cells side by side, a table of several columns.</summary>
    private static bool SideBySide(List<TextLine> lines) =>
        lines.Zip(lines.Skip(1)).Any(p => p.Second.Top < p.First.Bottom - (0.5 * p.First.Height));

    /// <summary>
    /// Whether the body has a column gap: an x range no word covers with words of at least two lines right of it.
    /// Then it is a table of several columns, for the unruled detector. The word spaces of the one line reaching
    /// past all others are no gap.
    /// </summary>
    private static bool HasRiver(List<TextLine> body)
    {
        var words = body.SelectMany(l => l.Words.Select(w => (Word: w, Line: l))).OrderBy(p => p.Word.Left).ToList();
        var sizes = words.Select(p => p.Word.FontSize).Order().ToList();
        var minRiver = 0.6 * sizes[sizes.Count / 2];
        var cursor = double.NaN;
        foreach (var (w, _) in words)
        {
            if (!double.IsNaN(cursor) && w.Left - cursor >= minRiver
                && words.Where(p => p.Word.Left >= w.Left).Select(p => p.Line).Distinct().Count() >= 2)
            {
                return true;
            }

            cursor = double.IsNaN(cursor) ? w.Right : Math.Max(cursor, w.Right);
        }

        return false;
    }

    /// <summary>
    /// The body's rows. When the lines alternate between monospace and proportional text, a cell holds several
    /// paragraphs (a signature, a description, examples) and a row starts at each line in the first line's face that
    /// is followed by one in the other face; a line break says nothing there, since the line ending an example and the
    /// next row's first line are in the same face. Otherwise every paragraph is a row, lines joining into one where a
    /// line was wrapped (the next line's first word would not have fitted after it).
    /// </summary>
    private static List<string> Rows(List<TextLine> body, double right)
    {
        var faces = body.Select(Mono).ToList();
        var rows = new List<List<TextLine>>();
        var alternating = faces.Distinct().Count() > 1 && faces[1] != faces[0];
        for (var i = 0; i < body.Count; i++)
        {
            var starts = rows.Count == 0 || (alternating
                ? faces[i] == faces[0] && i + 1 < body.Count && faces[i + 1] != faces[0]
                : !Wrapped(body[i - 1], body[i], right));
            if (starts)
            {
                rows.Add([body[i]]);
            }
            else
            {
                rows[^1].Add(body[i]);
            }
        }

        return rows.Select(r => string.Join(' ', r.Select(l => l.Text))).ToList();
    }

    private static bool Mono(TextLine l) => l.MonospaceFraction >= 0.5;

    /// <summary>The line ended only because the next line's first word did not fit before the table's right edge.</summary>
    private static bool Wrapped(TextLine line, TextLine next, double right)
    {
        var word = next.Words[0];
        return right - line.Right < word.Width + (0.5 * word.FontSize);
    }
}
