using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Tests.Engine;

public sealed class TableTests
{
    private static readonly string[][] Grades =
    [
        ["Component", "Weight", "Notes"],
        ["Exercises", "20%", "Lowest two dropped"],
        ["Midterm", "30%", "Week 8"],
        ["Final", "50%", "Cumulative"],
    ];

    private static readonly double[] Columns = [50, 170, 260, 420];

    [Fact]
    public void Convert_RuledTable_BuildsCellsWithHeaderRow()
    {
        var pdf = new TestPdf().Page().Text(50, 60, "Grades are weighted as follows.");
        var top = 80.0;
        for (var r = 0; r <= Grades.Length; r++)
        {
            pdf.Rule(Columns[0], top + (r * 20), Columns[^1], top + (r * 20));
        }

        foreach (var x in Columns)
        {
            pdf.Rule(x, top, x, top + (Grades.Length * 20));
        }

        for (var r = 0; r < Grades.Length; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                pdf.Text(Columns[c] + 4, top + (r * 20) + 14, Grades[r][c], 10, r == 0 ? TestPdf.Face.Bold : TestPdf.Face.Regular);
            }
        }

        var table = Assert.Single(Run.Pdf(pdf).Role(BlockRole.Table));

        Assert.Equal(Grades, table.Rows!.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray());
        Assert.True(table.Rows![0].IsHeader);
        Assert.All(table.Rows.Skip(1), r => Assert.False(r.IsHeader));
    }

    [Fact]
    public void Convert_UnruledTableWithCaption_BuildsCellsFromColumnAlignment()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, "Table 1: Grade components")
            .Text(50, 330, "The weights add up to one hundred percent of the final grade.");
        for (var r = 0; r < Grades.Length; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                pdf.Text(Columns[c], 90 + (r * 18), Grades[r][c], 10, r == 0 ? TestPdf.Face.Bold : TestPdf.Face.Regular);
            }
        }

        var doc = Run.Pdf(pdf);

        var table = Assert.Single(doc.Role(BlockRole.Table));
        Assert.Equal(Grades, table.Rows!.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray());
        Assert.Equal("Table 1: Grade components", table.Text);
        Assert.True(table.Rows![0].IsHeader);
        Assert.DoesNotContain(doc.Blocks(), b => b.Role == BlockRole.Heading);
    }

    [Fact]
    public void Convert_TwoColumnsOfProse_AreNotMistakenForATable()
    {
        string[] prose =
        [
            "Retrieval practice strengthens memory more",
            "than rereading does, and the effect holds",
            "across ages, materials and delays of days",
            "or weeks, which makes it useful in classes.",
        ];
        var pdf = new TestPdf().Page().Lines(50, 80, prose).Lines(310, 80, prose);

        Assert.Empty(Run.Pdf(pdf).Role(BlockRole.Table));
    }
}
