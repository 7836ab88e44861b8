using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Tests.Engine;

/// <summary>
/// One-column booktabs tables (pandoc longtables of p{} columns): no column gap, only the top, mid and bottom rules
/// say they are tables. Boxed code and headings between rules must stay what they are.
/// </summary>
public sealed class BooktabsTableTests
{
    [Fact]
    public void Convert_OneColumnTableOfMultiParagraphCells_SplitsRowsWhereTheFaceTurns()
    {
        var pdf = new TestPdf().Page()
            .Text(50, 60, "The operators below work on dates and times of every kind shown in this chapter.")
            .Rule(50, 80, 500, 80)
            .Lines(50, 94, ["Operator", "Description", "Example(s)"])
            .Rule(50, 128, 500, 128)
            .Text(50, 142, "date + integer -> date", face: TestPdf.Face.Mono)
            .Text(50, 156, "Add a number of days to a date")
            .Text(50, 170, "date '2001-09-28' + 7 -> 2001-10-05", face: TestPdf.Face.Mono)
            .Text(50, 184, "interval * double precision -> interval", face: TestPdf.Face.Mono)
            .Text(50, 198, "Multiply an interval by a scalar")
            .Text(50, 212, "interval '1 second' * 900 -> 00:15:00", face: TestPdf.Face.Mono)
            .Text(50, 226, "interval '1 day' * 21 -> 21 days", face: TestPdf.Face.Mono)
            .Text(50, 240, "- interval -> interval", face: TestPdf.Face.Mono)
            .Text(50, 254, "Negate an interval")
            .Text(50, 268, "- interval '23 hours' -> -23:00:00", face: TestPdf.Face.Mono)
            .Rule(50, 276, 500, 276)
            .Text(50, 300, "Every operator also accepts its arguments in the commuted order where that makes sense.");

        var table = Assert.Single(Run.Pdf(pdf).Role(BlockRole.Table));

        Assert.Equal(
            [
                "Operator Description Example(s)",
                "date + integer -> date Add a number of days to a date date '2001-09-28' + 7 -> 2001-10-05",
                "interval * double precision -> interval Multiply an interval by a scalar interval '1 second' * 900 -> 00:15:00 interval '1 day' * 21 -> 21 days",
                "- interval -> interval Negate an interval - interval '23 hours' -> -23:00:00",
            ],
            table.Rows!.Select(r => Assert.Single(r.Cells).Text));
        Assert.True(table.Rows![0].IsHeader);
    }

    [Fact]
    public void Convert_OneColumnTableOfWrappedParagraphs_JoinsWrappedLinesIntoOneRow()
    {
        // Courier: 6.6 pt a character at 11 pt, so the first line ends 4.4 pt short of the rule's end, too little for "in".
        var pdf = new TestPdf().Page()
            .Rule(50, 80, 325, 80)
            .Text(50, 94, "Rule")
            .Rule(50, 100, 325, 100)
            .Text(50, 114, "Every package must carry a copyright file", face: TestPdf.Face.Mono)
            .Text(50, 128, "in its documentation directory.", face: TestPdf.Face.Mono)
            .Text(50, 142, "Binaries are stripped.", face: TestPdf.Face.Mono)
            .Text(50, 156, "Scripts name their interpreter.", face: TestPdf.Face.Mono)
            .Rule(50, 164, 325, 164);

        var table = Assert.Single(Run.Pdf(pdf).Role(BlockRole.Table));

        Assert.Equal(
            ["Rule", "Every package must carry a copyright file in its documentation directory.", "Binaries are stripped.", "Scripts name their interpreter."],
            table.Rows!.Select(r => Assert.Single(r.Cells).Text));
    }

    [Fact]
    public void Convert_OneColumnTableBrokenByPage_IsOneTableWithOneHeader()
    {
        // A longtable repeats its top rule, header and mid rule on every page and has its bottom rule on the last.
        var pdf = new TestPdf().Page()
            .Text(50, 700, "The functions are listed below.")
            .Rule(50, 720, 500, 720)
            .Lines(50, 734, ["Function", "Description"])
            .Rule(50, 754, 500, 754)
            .Text(50, 768, "now ( ) -> timestamp", face: TestPdf.Face.Mono)
            .Text(50, 782, "Current date and time")
            .Text(50, 796, "age ( timestamp ) -> interval", face: TestPdf.Face.Mono)
            .Text(50, 810, "Subtract from the current date")
            .Page()
            .Rule(50, 60, 500, 60)
            .Lines(50, 74, ["Function", "Description"])
            .Rule(50, 94, 500, 94)
            .Text(50, 108, "isfinite ( date ) -> boolean", face: TestPdf.Face.Mono)
            .Text(50, 122, "Test for finite date")
            .Rule(50, 130, 500, 130)
            .Text(50, 160, "All of them are stable within one transaction.");

        var table = Assert.Single(Run.Pdf(pdf).Role(BlockRole.Table));

        Assert.Equal(
            [
                "Function Description",
                "now ( ) -> timestamp Current date and time",
                "age ( timestamp ) -> interval Subtract from the current date",
                "isfinite ( date ) -> boolean Test for finite date",
            ],
            table.Rows!.Select(r => Assert.Single(r.Cells).Text));
    }

    [Fact]
    public void Convert_BoxedCodeBetweenRules_IsNoTable()
    {
        // A listing with a border above and below, followed by prose and another listing.
        var pdf = new TestPdf().Page()
            .Text(50, 60, "Tell Git to track the two files you have just created.")
            .Rule(50, 70, 500, 70)
            .Text(56, 84, "$ git update-index --add hello example", face: TestPdf.Face.Mono)
            .Rule(50, 92, 500, 92)
            .Text(50, 106, "and you have now told Git to track those two files, which it stores in its objects.")
            .Text(50, 120, "If you did exactly the steps above, you should now be able to list them as follows.")
            .Rule(50, 130, 500, 130)
            .Text(56, 144, "$ ls .git/objects", face: TestPdf.Face.Mono)
            .Rule(50, 152, 500, 152)
            .Text(50, 166, "which shows the two object directories Git has just made for them.");

        Assert.Empty(Run.Pdf(pdf).Role(BlockRole.Table));
    }

    [Fact]
    public void Convert_HeadingBetweenRulesAboveProse_IsNoTable()
    {
        // A boxed synopsis line, then a heading with a rule under it, then prose down the page.
        var pdf = new TestPdf().Page()
            .Rule(50, 70, 500, 70)
            .Text(50, 98, "DESCRIPTION", 15, TestPdf.Face.Bold)
            .Rule(50, 104, 500, 104)
            .Text(50, 120, "This tutorial explains how to use the core commands to set up a repository.")
            .Text(50, 134, "If you just need a revision control system you may prefer another tutorial.")
            .Text(50, 148, "An understanding of these tools helps you understand the internals.");

        Assert.Empty(Run.Pdf(pdf).Role(BlockRole.Table));
    }

    [Fact]
    public void Convert_RulesAroundTextFollowedByMoreText_IsNoTableWithoutBottomRule()
    {
        // Without a bottom rule a table can only be going on over the page; text after a gap means it is not one.
        var pdf = new TestPdf().Page()
            .Rule(50, 80, 500, 80)
            .Text(50, 94, "Summary")
            .Rule(50, 100, 500, 100)
            .Text(50, 114, "The first finding of the survey is stated here.")
            .Text(50, 128, "The second finding follows it on the next line.")
            .Text(50, 200, "A new section starts well below, after a wide gap.")
            .Text(50, 214, "It goes on for another line of ordinary prose.");

        Assert.Empty(Run.Pdf(pdf).Role(BlockRole.Table));
    }

    [Fact]
    public void Convert_BooktabsTableWithColumns_KeepsItsColumns()
    {
        var pdf = new TestPdf().Page()
            .Rule(50, 128, 400, 128)
            .Text(60, 142, "Method").Text(200, 142, "Seconds").Text(320, 142, "Memory")
            .Rule(50, 148, 400, 148)
            .Text(60, 162, "Quicksort").Text(200, 162, "1.2").Text(320, 162, "low")
            .Text(60, 176, "Merge sort").Text(200, 176, "1.5").Text(320, 176, "high")
            .Rule(50, 184, 400, 184);

        var table = Assert.Single(Run.Pdf(pdf).Role(BlockRole.Table));

        Assert.Equal(["Method", "Seconds", "Memory"], table.Rows![0].Cells.Select(c => c.Text));
        Assert.Equal(3, table.Rows!.Count);
    }

    [Fact]
    public void Convert_OneColumnTableOverThreePages_IsOneTableWithOneHeader()
    {
        var pdf = new TestPdf();
        string[] names = ["now", "age", "isfinite"];
        foreach (var name in names)
        {
            pdf.Page()
                .Rule(50, 60, 500, 60)
                .Lines(50, 74, ["Function", "Description"])
                .Rule(50, 94, 500, 94)
                .Text(50, 108, $"{name} ( ) -> timestamp", face: TestPdf.Face.Mono)
                .Text(50, 122, $"What {name} returns")
                .Text(50, 136, $"{name} ( date ) -> date", face: TestPdf.Face.Mono)
                .Text(50, 150, $"What {name} returns for a date");
        }

        pdf.Rule(50, 158, 500, 158).Text(50, 190, "All of them are stable within one transaction.");

        var table = Assert.Single(Run.Pdf(pdf).Role(BlockRole.Table));

        Assert.Equal(7, table.Rows!.Count);
        Assert.Single(table.Rows!, r => r.Cells[0].Text == "Function Description");
        Assert.Equal("isfinite ( date ) -> date What isfinite returns for a date", table.Rows![^1].Cells[0].Text);
    }

    [Fact]
    public void Convert_HeaderWiderThanItsColumn_KeepsHeaderWordsInTheirColumn()
    {
        // A left-aligned column sized to its header: the header reaches far into the gap left of the data's next column.
        var pdf = new TestPdf().Page()
            .Rule(50, 128, 400, 128)
            .Text(60, 142, "automatic variable").Text(165, 142, "value")
            .Rule(50, 148, 400, 148)
            .Text(60, 162, "$@").Text(165, 162, "target")
            .Text(60, 176, "$<").Text(165, 176, "first prerequisite")
            .Text(60, 190, "$^").Text(165, 190, "all prerequisites")
            .Rule(50, 198, 400, 198);

        var table = Assert.Single(Run.Pdf(pdf).Role(BlockRole.Table));

        Assert.Equal(["automatic variable", "value"], table.Rows![0].Cells.Select(c => c.Text));
        Assert.Equal(["$@", "target"], table.Rows![1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Convert_JustifiedProseUnderRuledTitle_IsNoTable()
    {
        // A title between two rules, then justified paragraphs down to the end of the page. Courier is 6.6 pt a
        // character at 11 pt, so each 70-character line ends flush at 512, the rules' right end.
        var pdf = new TestPdf().Page()
            .Rule(50, 60, 512, 60)
            .Text(50, 74, "Abstract")
            .Rule(50, 80, 512, 80)
            .Lines(50, 94,
            [
                "every package in the archive and reports on its state for each release",
                "lists maintainers who did most of work the survey covers every package",
                "in the archive and reports on its state for each release it counts all",
                "open bugs.",
                "lists maintainers who did most of work the survey covers every package",
                "in the archive and reports on its state for each release it counts all",
                "closed bugs.",
            ],
            face: TestPdf.Face.Mono);

        Assert.Empty(Run.Pdf(pdf).Role(BlockRole.Table));
    }
}
