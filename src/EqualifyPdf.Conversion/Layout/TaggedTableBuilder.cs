using EqualifyPdf.Conversion.Extraction;
using EqualifyPdf.Conversion.Tagged;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>
/// Builds tables straight from the structure tree (Table/TR/TH/TD) when the PDF is tagged: the author's own cell
/// boundaries beat any geometric guess, and they work for tables without rules. A cell is its TD/TH element, however
/// many paragraphs it holds; a table the tree marks only as a NonStruct grid is built when the page shows its
/// cells side by side.
/// </summary>
internal static class TaggedTableBuilder
{
    public static List<LayoutItem> Build(PageContent page)
    {
        var result = new List<LayoutItem>();
        if (page.Tags is not { Count: > 0 } tags)
        {
            return result;
        }

        StructTag? TagOf(TextWord w) => w.Mcid >= 0 && tags.TryGetValue(w.Mcid, out var t) && t.TableId >= 0 ? t : null;
        var tableLines = page.Lines
            .Where(l => !l.Consumed)
            .Select(l => (Line: l, Tags: l.Words.Select(TagOf).ToList()))
            .Where(x => x.Tags.Count(t => t != null) * 2 > x.Tags.Count)
            .GroupBy(x => x.Tags.First(t => t != null)!.TableId);
        foreach (var table in tableLines)
        {
            var words = table.SelectMany(x => x.Line.Words.Zip(x.Tags)).Where(p => p.Second != null).Select(p => (Word: p.First, Tag: p.Second!)).ToList();
            var cellRows = words
                .GroupBy(p => p.Tag.RowId)
                // Rows in the tree's order: a table broken across two columns has its later rows higher up.
                .OrderBy(g => g.Min(p => p.Tag.Order))
                .Select(row => row.GroupBy(p => p.Tag.CellId >= 0 ? p.Tag.CellId : p.Tag.ElementId).Select(cell => cell.ToList()).OrderBy(cell => cell.Min(p => p.Word.Left)).ToList())
                .ToList();
            if (cellRows.Count == 0 || (cellRows.Count == 1 && cellRows[0].Count == 1))
            {
                continue;
            }

            var layoutGrid = words[0].Tag.LayoutGrid;
            if (layoutGrid && !SideBySide(cellRows))
            {
                continue;
            }

            var rows = cellRows.Select(r => r.Select(cell => new GridCell(Text(cell), 1, cell.Any(p => p.Tag.HeaderCell || p.Tag.Role == "TH"))).ToList()).ToList();
            var headerRows = rows.TakeWhile(r => r.All(c => c.Bold)).Count();
            var rowHeaders = rows.Skip(headerRows).Any() && rows.Skip(headerRows).All(r => r[0].Bold);
            var grid = new TableGrid(
                rows,
                // No TH row: unknown, so the assembler's first-row default applies as before. A NonStruct grid has no
                // TH at all, so its header is a first row set in bold, as the eye reads it.
                layoutGrid ? (cellRows[0].All(c => c.All(p => p.Word.Bold)) ? 1 : 0) : headerRows > 0 ? headerRows : -1,
                rowHeaders,
                table.Key);
            var lines = table.Select(x => x.Line).ToList();
            lines.ForEach(l => l.Consumed = true);
            result.Add(new LayoutItem
            {
                Kind = LayoutKind.Table,
                Left = lines.Min(l => l.Left),
                Top = lines.Min(l => l.Top),
                Right = lines.Max(l => l.Right),
                Bottom = lines.Max(l => l.Bottom),
                Table = grid,
            });
        }

        return result;
    }

    private static string Text(List<(TextWord Word, StructTag Tag)> cell) =>
        string.Join(' ', cell.OrderBy(p => Math.Round(p.Word.Baseline)).ThenBy(p => p.Word.Left).Select(p => p.Word.Text));

    /// <summary>
    /// A grid is a table when its rows set two cells or more beside each other (overlapping vertically, apart
    /// horizontally): nested blocks of a page's layout stack their "cells" one above the other instead.
    /// </summary>
    private static bool SideBySide(List<List<List<(TextWord Word, StructTag Tag)>>> rows)
    {
        var wide = rows.Where(r => r.Count >= 2).ToList();
        var beside = wide.Count(r => r.Zip(r.Skip(1)).All(pair =>
            pair.Second.Min(p => p.Word.Left) >= pair.First.Max(p => p.Word.Right) - 1
            && pair.Second.Min(p => p.Word.Top) < pair.First.Max(p => p.Word.Bottom)
            && pair.First.Min(p => p.Word.Top) < pair.Second.Max(p => p.Word.Bottom)));
        return beside >= 2 && beside * 5 >= wide.Count * 4;
    }
}
