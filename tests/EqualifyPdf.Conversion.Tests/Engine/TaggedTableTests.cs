using EqualifyPdf.Conversion.Model;
using static EqualifyPdf.Conversion.Tests.Engine.TaggedPdf.Element;

namespace EqualifyPdf.Conversion.Tests.Engine;

/// <summary>Tables built from the structure tree: what a cell is, and grids that are tagged only as NonStruct.</summary>
public sealed class TaggedTableTests
{
    [Fact]
    public void Convert_TaggedCellHoldingSeveralParagraphs_KeepsThemInOneCell()
    {
        // PostgreSQL's function tables: one column, each cell three paragraphs (signature, description, example).
        var table = Of("Table",
            Of("TR", Of("TH", Text("P", (72, 100, "Operator")), Text("P", (72, 114, "Description")))),
            Of("TR", Of("TD", Text("P", (72, 140, "date + integer")), Text("P", (72, 154, "Add days")), Text("P", (72, 168, "date + 7")))),
            Of("TR", Of("TD", Text("P", (72, 194, "date - date")), Text("P", (72, 208, "Subtract dates")), Text("P", (72, 222, "date - date2")))));

        var doc = Run.Bytes(new TaggedPdf().Build(Of("Document", Text("P", (72, 60, "The operators are:")), table)));

        var rows = Assert.Single(doc.Role(BlockRole.Table)).Rows!;
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Single(r.Cells));
        Assert.Equal("Operator Description", rows[0].Cells[0].Text);
        Assert.True(rows[0].IsHeader);
        Assert.Equal("date + integer Add days date + 7", rows[1].Cells[0].Text);
        Assert.False(rows[1].IsHeader);
    }

    [Fact]
    public void Convert_TaggedCellsSplitIntoSpans_JoinByCellElement()
    {
        // A TD whose words sit in separate P and Span elements side by side is still one cell per TD.
        var table = Of("Table",
            Of("TR", Text("TH", (72, 100, "Name")), Text("TH", (250, 100, "Value"))),
            Of("TR", Of("TD", Text("P", (72, 120, "alpha")), Text("Span", (110, 120, "one"))), Text("TD", (250, 120, "1"))),
            Of("TR", Of("TD", Text("P", (72, 140, "beta")), Text("Span", (110, 140, "two"))), Text("TD", (250, 140, "2"))));

        var rows = Assert.Single(Run.Bytes(new TaggedPdf().Build(Of("Document", table))).Role(BlockRole.Table)).Rows!;

        Assert.Equal(["alpha one", "1"], rows[1].Cells.Select(c => c.Text));
        Assert.Equal(["beta two", "2"], rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Convert_NonStructGridWithCellsSideBySide_BecomesTable()
    {
        // Chromium tags a borderless table it deems presentational as nested NonStruct: grid, rows, cells.
        var grid = Of("NonStruct",
            Of("NonStruct", Text("NonStruct", (90, 100, "%d")), Text("NonStruct", (160, 100, "day of month: 00"))),
            Of("NonStruct", Text("NonStruct", (90, 116, "%f")), Text("NonStruct", (160, 116, "fractional seconds"))),
            Of("NonStruct", Text("NonStruct", (90, 132, "%H")), Text("NonStruct", (160, 132, "hour: 00-24"))));

        var doc = Run.Bytes(new TaggedPdf().Build(Of("Document", Text("P", (72, 60, "Substitutions:")), Of("BlockQuote", grid))));

        var rows = Assert.Single(doc.Role(BlockRole.Table)).Rows!;
        Assert.Equal([["%d", "day of month: 00"], ["%f", "fractional seconds"], ["%H", "hour: 00-24"]], rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
        Assert.DoesNotContain(rows, r => r.IsHeader);
    }

    [Fact]
    public void Convert_NonStructGridStackedVertically_StaysText()
    {
        // The same nesting with the "cells" one above the other is page layout (nested divs), not a table.
        var grid = Of("NonStruct",
            Of("NonStruct", Text("NonStruct", (72, 100, "First block of text")), Text("NonStruct", (72, 116, "continues here"))),
            Of("NonStruct", Text("NonStruct", (72, 140, "Second block of text")), Text("NonStruct", (72, 156, "continues too"))));

        var doc = Run.Bytes(new TaggedPdf().Build(Of("Document", Of("Div", grid))));

        Assert.Empty(doc.Role(BlockRole.Table));
        Assert.Contains("Second block of text", string.Join(' ', doc.Blocks().Select(b => b.Text)), StringComparison.Ordinal);
    }
}
