using EqualifyPdf.Conversion.Extraction;
using EqualifyPdf.Conversion.Layout;
using EqualifyPdf.Conversion.Model;
using static EqualifyPdf.Conversion.Tests.Engine.TaggedPdf.Element;

namespace EqualifyPdf.Conversion.Tests.Engine;

/// <summary>Two-column tagged pages: the structure tree's order, code blocks from the tree, and code beside code.</summary>
public sealed class TreeOrderTests
{
    [Fact]
    public void Convert_LineOverflowingTheGutter_ReadsLeftColumnBeforeRight()
    {
        // A long address in the left column runs over the gutter, so geometry sees one band above it and one below.
        var left = Text("P",
            (72, 60, "Left column opens here"), (72, 74, "and goes on with words"),
            (72, 88, "see https://example.org/a/very/long/address/that/overflows/into/the/next/column"),
            (72, 102, "then ends the left"), (72, 116, "column at last."));
        var right = Text("P",
            (320, 60, "Right column starts"), (320, 74, "only after the left"),
            (320, 102, "one has been read"), (320, 116, "to its very end."));

        var doc = Run.Bytes(new TaggedPdf().Build(Of("Document", left, right)));

        var text = string.Join(" | ", doc.Role(BlockRole.Paragraph).Select(b => b.Text));
        Assert.Equal(
            "Left column opens here and goes on with words see https://example.org/a/very/long/address/that/overflows/into/the/next/column then ends the left column at last. | "
            + "Right column starts only after the left one has been read to its very end.",
            text);
    }

    [Fact]
    public void Convert_CodeBesideCodeAcrossGutter_KeepsEachColumnsCodeTogether()
    {
        // <pre><code> in each column, set so close that each left line runs into the right one on its baseline.
        TaggedPdf.Element Pre(double x, string name) => Of("NonStruct", Of("Code", Text("NonStruct",
            (x, 60, $"{name} = load(first, second, third)"), (x, 74, $"{name}.save(first, second, third)"))));

        var doc = Run.Bytes(new TaggedPdf().Build(Of("Document", Pre(72, "alpha"), Pre(262, "omega"))));

        var code = doc.Role(BlockRole.Code).Select(b => string.Join(' ', b.Text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Equal(["alpha = load(first, second, third) alpha.save(first, second, third)", "omega = load(first, second, third) omega.save(first, second, third)"], code);
    }

    [Fact]
    public void Convert_InlineCodeInParagraph_StaysParagraph()
    {
        var p = Of("P", Text("NonStruct", (72, 60, "Run")), Of("Code", Text("NonStruct", (96, 60, "make all"))), Text("NonStruct", (146, 60, "to build it.")));

        var doc = Run.Bytes(new TaggedPdf().Build(Of("Document", p)));

        Assert.Empty(doc.Role(BlockRole.Code));
        Assert.Equal("Run make all to build it.", Assert.Single(doc.Role(BlockRole.Paragraph)).Text);
    }

    [Fact]
    public void Convert_TermAndNoteInOneNonStruct_SplitAtParagraphGap()
    {
        // Chromium tags a definition term and the text after it as one NonStruct group: the gap still parts them.
        var group = Of("NonStruct", Text("NonStruct", (72, 60, "class Reader(source)")), Text("NonStruct", (90, 100, "Reads rows from the source.")));

        var doc = Run.Bytes(new TaggedPdf().Build(Of("Document", group)));

        Assert.Equal(["class Reader(source)", "Reads rows from the source."], doc.Blocks().Select(b => b.Text));
    }

    [Fact]
    public void Convert_TaggedTableBrokenAcrossColumns_KeepsRowsInTreeOrder()
    {
        // The last row went on to the top of the right column, above the first rows on the page.
        var table = Of("Table",
            Of("TR", Text("TH", (72, 300, "Name")), Text("TH", (160, 300, "Value"))),
            Of("TR", Text("TD", (72, 320, "alpha")), Text("TD", (160, 320, "1"))),
            Of("TR", Text("TD", (320, 100, "omega")), Text("TD", (408, 100, "2"))));

        var rows = Assert.Single(Run.Bytes(new TaggedPdf().Build(Of("Document", table))).Role(BlockRole.Table)).Rows!;

        Assert.Equal(["Name", "alpha", "omega"], rows.Select(r => r.Cells[0].Text));
    }

    [Fact]
    public void Apply_TreeListingContentAgainstTheColumns_KeepsGeometricOrder()
    {
        // A tree that lists each column bottom to top is no reading order: the page keeps its geometric one.
        var lines = Enumerable.Range(0, 4).Select(i => Line(100 + (14 * i), 72, mcid: i)).ToList();
        var tags = lines.ToDictionary(l => l.Words[0].Mcid, l => new Tagged.StructTag("P", 1, null, 0, -1, -1) { Order = 10 - l.Words[0].Mcid });
        List<List<LayoutItem>> regions = [[.. lines.Select(LayoutItem.ForLine)]];

        Assert.Same(regions, TreeOrder.Apply(regions, tags, lines));
    }

    [Fact]
    public void Split_PiecesTheTreeReadsApart_BecomeTwoLines()
    {
        // The left piece's next content is the line below it, not the words beside it across the gap.
        var joined = new TextLine([Word("left", 72, 100, 0), Word("right", 200, 100, 2)]);
        var below = new TextLine([Word("below", 72, 114, 1)]);
        var tags = new[] { 0, 1, 2 }.ToDictionary(m => m, m => new Tagged.StructTag("P", m, null, 0, -1, -1) { Order = m });
        var lines = new List<TextLine> { joined, below };

        TreeLineSplitter.Split(lines, tags);

        Assert.Equal(["left", "right", "below"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Split_TokensOfOneRunWithWideGap_StayOneLine()
    {
        // "...     reader" in highlighted code: separate pieces of content, but nothing elsewhere comes between them.
        var line = new TextLine([Word("...", 72, 100, 0), Word("reader", 140, 100, 3)]);
        var tags = new[] { 0, 3 }.ToDictionary(m => m, m => new Tagged.StructTag("NonStruct", 1, null, 0, -1, -1) { Order = m });
        var lines = new List<TextLine> { line };

        TreeLineSplitter.Split(lines, tags);

        Assert.Same(line, Assert.Single(lines));
    }

    [Fact]
    public void Split_CodeLinesAlignedWithProseWordGaps_StayWhole()
    {
        // Seven code lines leave x 130–140 free (names, then types); prose higher up has word gaps there, and the
        // prose lines just above and below the code cross it.
        var prose = Enumerable.Range(0, 6).Select(i => Prose(60 + (12 * i))).Append(Wide(135)).Append(Wide(240)).ToList();
        var code = Enumerable.Range(0, 7).Select(i => new TextLine([Word("name", 72, 150 + (12 * i), -1, mono: true), Word("INTEGER,", 140, 150 + (12 * i), -1, mono: true)])).ToList();

        var split = ColumnGapSplitter.Split([.. prose, .. code]);

        Assert.All(code, c => Assert.Contains(split, l => ReferenceEquals(l, c)));
    }

    private static TextLine Prose(double baseline) =>
        new([Word("prose", 72, baseline, -1), Word("words", 100, baseline, -1), Word("here", 140, baseline, -1), Word("and", 170, baseline, -1)]);

    private static TextLine Wide(double baseline) => new([Word("uninterrupted-prose-across-the-whole-column", 72, baseline, -1)]);

    private static TextLine Line(double baseline, double left, int mcid) => new([Word($"w{mcid}", left, baseline, mcid)]);

    private static TextWord Word(string text, double left, double baseline, int mcid, bool mono = false) => new()
    {
        Text = text, Left = left, Right = left + (5.5 * text.Length), Top = baseline - 8, Bottom = baseline + 2, Baseline = baseline, FontSize = 10,
        Mcid = mcid, Monospace = mono,
    };
}
