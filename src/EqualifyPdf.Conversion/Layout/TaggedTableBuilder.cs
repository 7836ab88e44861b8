using EqualifyPdf.Conversion.Extraction;
using EqualifyPdf.Conversion.Tagged;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>
/// Builds tables straight from the structure tree (Table/TR/TH/TD) when the PDF is tagged: the author's own cell
/// boundaries beat any geometric guess, and they work for tables without rules.
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
            var words = table.SelectMany(x => x.Line.Words.Zip(x.Tags)).Where(p => p.Second != null).ToList();
            var rows = words
                .GroupBy(p => p.Second!.RowId)
                .OrderBy(g => g.Min(p => p.First.Top))
                .Select(row => row
                    .GroupBy(p => p.Second!.ElementId)
                    .OrderBy(cell => cell.Min(p => p.First.Left))
                    .Select(cell => (Text: string.Join(' ', cell.OrderBy(p => Math.Round(p.First.Baseline)).ThenBy(p => p.First.Left).Select(p => p.First.Text)),
                        Header: cell.First().Second!.Role == "TH"))
                    .ToList())
                .ToList();
            if (rows.Count == 0 || (rows.Count == 1 && rows[0].Count == 1))
            {
                continue;
            }

            var headerRows = rows.TakeWhile(r => r.All(c => c.Header)).Count();
            var rowHeaders = rows.Skip(headerRows).Any() && rows.Skip(headerRows).All(r => r[0].Header);
            var grid = new TableGrid(
                rows.Select(r => r.Select(c => new GridCell(c.Text, 1, c.Header)).ToList()).ToList(),
                // No TH row: unknown, so the assembler's first-row default applies as before.
                headerRows > 0 ? headerRows : -1,
                rowHeaders);
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
}
