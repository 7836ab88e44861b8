using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Tests.Engine;

public sealed class HtmlRendererTests
{
    internal static Block B(BlockRole role, string text, int level = 0, bool ordered = false, int page = 1) => new()
    {
        Id = Guid.NewGuid().ToString("N"), Role = role, Text = text, Page = page, Box = new BoundingBox(0, 0, 1, 1), Level = level, Ordered = ordered,
    };

    internal static DocumentModel Doc(params Block[] blocks) => new(
        new DocumentInfo("Syllabus <CS 101>", "en-GB", 1),
        [new PageModel(1, 595, 842, blocks, PageTextSource.TextLayer)]);

    [Fact]
    public void Render_Document_HasLangTitleMainAndPageMarker()
    {
        var html = HtmlRenderer.Render(Doc(B(BlockRole.Heading, "Intro", 1), B(BlockRole.Paragraph, "Tom & Jerry")));

        Assert.Contains("<html lang=\"en-GB\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Syllabus &lt;CS 101&gt;</title>", html, StringComparison.Ordinal);
        Assert.Contains("<main>", html, StringComparison.Ordinal);
        Assert.Contains("<span id=\"page-1\" class=\"page-marker\" role=\"doc-pagebreak\" title=\"Page 1\"></span>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Tom &amp; Jerry</p>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("<span id=\"page-1\"", StringComparison.Ordinal) > html.IndexOf("<main>", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SkippedHeadingLevels_StepDownOneAtATime()
    {
        var html = HtmlRenderer.Render(Doc(B(BlockRole.Heading, "A", 1), B(BlockRole.Heading, "B", 4), B(BlockRole.Heading, "C", 2)));

        Assert.Matches("<h1 id=\"[^\"]+\">A</h1>", html);
        Assert.Matches("<h2 id=\"[^\"]+\">B</h2>", html);
        Assert.Matches("<h2 id=\"[^\"]+\">C</h2>", html);
    }

    [Fact]
    public void Render_NoHeadings_AddsTitleAsTopHeading()
    {
        Assert.Contains("<h1>Syllabus &lt;CS 101&gt;</h1>", HtmlRenderer.Render(Doc(B(BlockRole.Paragraph, "text"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NestedList_NestsInsideItems()
    {
        var html = HtmlRenderer.Render(Doc(
            B(BlockRole.ListItem, "one", 0, true), B(BlockRole.ListItem, "sub", 1), B(BlockRole.ListItem, "two", 0, true)));

        var compact = html.Replace("\n", "", StringComparison.Ordinal);
        Assert.Contains("<ol><li>one<ul><li>sub</li></ul></li><li>two</li></ol>", compact, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Table_HasCaptionHeaderScopesAndNoEmptyHeaderCells()
    {
        var table = B(BlockRole.Table, "Table 1: Grades") with
        {
            Rows =
            [
                new TableRow([new TableCell(""), new TableCell("Weight")], true),
                new TableRow([new TableCell("Midterm", IsRowHeader: true), new TableCell("30%")], false),
            ],
        };

        var html = HtmlRenderer.Render(Doc(table)).Replace("\n", "", StringComparison.Ordinal);

        Assert.Contains("<caption>Table 1: Grades</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<thead><tr><td></td><th scope=\"col\">Weight</th></tr></thead>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Midterm</th><td>30%</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FigureWithoutImage_KeepsTextAlternative()
    {
        var figure = B(BlockRole.Figure, "Figure 2: Growth") with { Figure = new FigureInfo("Growth", true, null) };

        var html = HtmlRenderer.Render(Doc(figure));

        Assert.Contains("<figure><div role=\"img\" aria-label=\"Growth\"></div><figcaption>Figure 2: Growth</figcaption></figure>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Links_OnlyWebSchemesBecomeAnchors()
    {
        var block = B(BlockRole.Paragraph, "Go to the site or click here") with
        {
            Links = [new LinkSpan("the site", "https://example.edu/a?b=1&c=2"), new LinkSpan("here", "javascript:alert(1)")],
        };

        var html = HtmlRenderer.Render(Doc(block));

        Assert.Contains("Go to <a href=\"https://example.edu/a?b=1&amp;c=2\">the site</a> or click here", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CodeAndQuote_UsePreAndBlockquote()
    {
        var html = HtmlRenderer.Render(Doc(B(BlockRole.Code, "if a < b:\n    pass"), B(BlockRole.Quote, "Wise words.")));

        Assert.Contains("<pre><code>if a &lt; b:\n    pass</code></pre>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote><p>Wise words.</p></blockquote>", html, StringComparison.Ordinal);
    }
}
