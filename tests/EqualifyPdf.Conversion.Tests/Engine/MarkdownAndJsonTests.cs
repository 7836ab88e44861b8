using EqualifyPdf.Conversion.Model;
using static EqualifyPdf.Conversion.Tests.Engine.HtmlRendererTests;

namespace EqualifyPdf.Conversion.Tests.Engine;

public sealed class MarkdownAndJsonTests
{
    [Fact]
    public void Render_Markdown_WritesGfmStructures()
    {
        var table = B(BlockRole.Table, "") with
        {
            Rows = [new TableRow([new TableCell("A|B"), new TableCell("C")], true), new TableRow([new TableCell("1", ColSpan: 2)], false)],
        };

        var md = MarkdownRenderer.Render(Doc(
            B(BlockRole.Heading, "Intro", 1), B(BlockRole.Heading, "Deep", 3),
            B(BlockRole.ListItem, "one", 0, true), B(BlockRole.ListItem, "sub", 1), table, B(BlockRole.Code, "x = 1")));

        Assert.Contains("<!-- page 1 -->", md, StringComparison.Ordinal);
        Assert.Contains("# Intro\n", md, StringComparison.Ordinal);
        Assert.Contains("## Deep\n", md, StringComparison.Ordinal);
        Assert.Contains("1. one\n   - sub\n", md, StringComparison.Ordinal);
        Assert.Contains("| A\\|B | C |\n| --- | --- |\n| 1 |  |\n", md, StringComparison.Ordinal);
        Assert.Contains("```\nx = 1\n```", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MarkdownParagraphStartingWithHash_IsEscaped()
    {
        Assert.Contains("\\# 1 in the league", MarkdownRenderer.Render(Doc(B(BlockRole.Paragraph, "# 1 in the league"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_DocumentAndPage_RoundTrip()
    {
        var figure = B(BlockRole.Figure, "Figure 1") with { Figure = new FigureInfo("alt", true, "data:image/png;base64,AA==") };
        var table = B(BlockRole.Table, "t") with { Rows = [new TableRow([new TableCell("x", true, 2)], true)] };
        var doc = Doc(B(BlockRole.Heading, "H", 2), figure, table) with { Info = new DocumentInfo("T", "en", 1) { Warnings = ["w"] } };

        var back = DocumentModelJson.Deserialize(DocumentModelJson.Serialize(doc));
        var page = DocumentModelJson.DeserializePage(DocumentModelJson.SerializePage(doc.Pages[0]));

        Assert.Equal(DocumentModelJson.Serialize(doc), DocumentModelJson.Serialize(back));
        Assert.Equal("w", Assert.Single(back.Info.Warnings));
        Assert.Equal(BlockRole.Figure, page.Blocks[1].Role);
        Assert.Equal(2, page.Blocks[2].Rows![0].Cells[0].ColSpan);
        Assert.Contains("\"role\":\"Heading\"", DocumentModelJson.SerializePage(doc.Pages[0]), StringComparison.Ordinal);
    }
}
