using EqualifyPdf.Conversion.Tests.Quality.Scoring;

namespace EqualifyPdf.Conversion.Tests.Quality.ScoringTests;

public sealed class MarkdownStructureReaderTests
{
    [Fact]
    public void Read_Markdown_FindsHeadingsOutsideFencesAndDropsLinkTargetsAndComments()
    {
        const string markdown = """
            <!-- page 1 -->

            # Course Title

            See [the site](<https://example.edu/x>) and [notes](https://example.edu/n "Notes").

            ```python
            # not a heading
            ```

            ## 2.3 Next Part ##
            """;

        var (headings, text) = MarkdownStructureReader.Read(markdown);

        Assert.Equal([new TruthHeading(1, "Course Title"), new TruthHeading(2, "2.3 Next Part")], headings);
        Assert.Equal(
            ["course", "title", "see", "the", "site", "and", "notes", "python", "not", "a", "heading", "2", "3", "next", "part"],
            TextTokens.Tokenize(text));
    }
}
