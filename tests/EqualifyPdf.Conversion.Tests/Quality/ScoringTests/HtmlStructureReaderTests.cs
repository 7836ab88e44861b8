using EqualifyPdf.Conversion.Tests.Quality.Scoring;

namespace EqualifyPdf.Conversion.Tests.Quality.ScoringTests;

public sealed class HtmlStructureReaderTests
{
    private const string Sample = """
        <!DOCTYPE html><html lang="en"><head><title>Doc title</title><style>p{}</style></head><body><main>
        <div role="doc-pagebreak" aria-label="Page 1" id="page-1">Page 1</div>
        <h1>Main</h1><p>Intro <em>text</em> here.</p>
        <ul><li>outer one<ul><li>inner</li></ul></li><li>outer two</li></ul>
        <table><tr><th scope="col">Week</th><th scope="col">Topic</th></tr><tr><td>1</td><td>Sorting</td></tr></table>
        <pre><code>x = 1
        print(x)</code></pre>
        <figure><img src="data:," alt="a chart"><figcaption>Figure 1: A chart.</figcaption></figure>
        <blockquote><p>Quoted words.</p></blockquote><p>See <a href="https://example.edu/x">the site</a>.</p>
        <h2>Next</h2>
        </main></body></html>
        """;

    [Fact]
    public void Read_SemanticHtml_ExtractsEveryKindOfStructure()
    {
        var s = HtmlStructureReader.Read(Sample);

        Assert.Equal([new TruthHeading(1, "Main"), new TruthHeading(2, "Next")], s.Headings);
        Assert.Equal(["outer one", "inner", "outer two"], s.ListItems);
        Assert.Equal(["Week", "Topic", "1", "Sorting"], s.TableCells);
        Assert.Equal("x = 1\nprint(x)", s.Code.Single());
        Assert.Equal("Figure 1: A chart.", s.FigureCaptions.Single());
        Assert.Equal("a chart", s.FigureAlts.Single());
        Assert.Equal("https://example.edu/x", s.LinkTargets.Single());
        Assert.Equal("Quoted words.", s.Quotes.Single().Trim());
    }

    [Fact]
    public void Read_Text_SeparatesBlocksJoinsInlineAndSkipsPageMarkersAndHead()
    {
        var words = TextTokens.Tokenize(HtmlStructureReader.Read(Sample).Text);

        Assert.Equal(
            ["main", "intro", "text", "here", "outer", "one", "inner", "outer", "two", "week", "topic", "1", "sorting",
             "x", "1", "print", "x", "figure", "1", "a", "chart", "quoted", "words", "see", "the", "site", "next"],
            words);
    }
}
