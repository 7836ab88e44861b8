using EqualifyPdf.Conversion.Extraction;
using EqualifyPdf.Conversion.Layout;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Tests.Engine;

/// <summary>Booktabs tables end at their bottom rule; lines just below it are not rows.</summary>
public sealed class BottomRuleTests
{
    private static readonly Ruling Top = new(50, 128, 400, 128.4);
    private static readonly Ruling Mid = new(50, 148, 400, 148.4);

    [Fact]
    public void RowsAbove_LineBelowBottomRule_IsCutOff()
    {
        var rows = Rows(142, 162, 176, 190, 210);

        Assert.Equal(4, BottomRule.RowsAbove(rows, [Top, Mid, new Ruling(50, 196, 400, 196.4)]));
    }

    [Fact]
    public void RowsAbove_MidRuleOfTableBrokenByPage_KeepsEveryRow()
    {
        // A longtable's first page has a top and a mid rule but no bottom rule: the rows under the mid rule are data.
        var rows = Rows(142, 162, 176);

        Assert.Equal(3, BottomRule.RowsAbove(rows, [Top, Mid]));
    }

    [Fact]
    public void RowsAbove_RuleWithoutRuleAbove_KeepsEveryRow()
    {
        // A single rule between rows (a total line) is no table end.
        var rows = Rows(142, 162, 176, 190);

        Assert.Equal(4, BottomRule.RowsAbove(rows, [new Ruling(50, 181, 400, 181.4)]));
    }

    [Fact]
    public void Convert_TipLabelBelowBooktabsTable_StaysOutOfTheTable()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, "The sorting methods compare as follows in our measurements.")
            .Rule(50, 128, 400, 128)
            .Text(60, 142, "Method").Text(200, 142, "Seconds").Text(320, 142, "Memory")
            .Rule(50, 148, 400, 148)
            .Text(60, 162, "Quicksort").Text(200, 162, "1.2").Text(320, 162, "low")
            .Text(60, 176, "Merge sort").Text(200, 176, "1.5").Text(320, 176, "high")
            .Text(60, 190, "Heap sort").Text(200, 190, "1.9").Text(320, 190, "low")
            .Rule(50, 196, 400, 196)
            .Text(20, 210, "Tip", 11, TestPdf.Face.Bold)
            .Text(50, 240, "Measure on your own data before choosing one of these sorting methods.");

        var doc = Run.Pdf(pdf);

        var table = Assert.Single(doc.Role(BlockRole.Table));
        Assert.Equal(["Method", "Quicksort", "Merge sort", "Heap sort"], table.Rows!.Select(r => r.Cells[0].Text));
        Assert.DoesNotContain(table.Rows!.SelectMany(r => r.Cells), c => c.Text.Contains("Tip", StringComparison.Ordinal));
        Assert.Contains(doc.Blocks(), b => b.Role != BlockRole.Table && b.Text.Contains("Tip", StringComparison.Ordinal));
    }

    /// <summary>One three-cell row per baseline, as the band's rows arrive.</summary>
    private static List<Row> Rows(params double[] baselines) => baselines
        .Select(y => new Row([Cell(60, y), Cell(200, y), Cell(320, y)]))
        .ToList();

    private static LayoutItem Cell(double x, double baseline) =>
        new() { Kind = LayoutKind.Line, Left = x, Top = baseline - 9, Right = x + 50, Bottom = baseline + 2 };
}
