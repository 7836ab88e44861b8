namespace EqualifyPdf.Conversion.Tests.Quality.Scoring;

/// <summary>Compares a converter's output structure with a corpus document's ground truth.</summary>
public static class QualityScorer
{
    /// <summary>Scores <paramref name="actual"/> against <paramref name="truth"/>.</summary>
    public static QualityScores Score(GroundTruth truth, ExtractedStructure actual)
    {
        var headings = MatchScore.Of(
            truth.Headings.Select(h => HeadingKey(h.Level, h.Text)),
            actual.Headings.Select(h => HeadingKey(h.Level, h.Text)));
        var headingTexts = MatchScore.Of(
            truth.Headings.Select(h => TextTokens.Key(h.Text)),
            actual.Headings.Select(h => TextTokens.Key(h.Text)));

        double? lists = truth.ListItems.Count == 0
            ? null
            : MatchScore.Of(Keys(truth.ListItems.Select(i => i.Text)), Keys(actual.ListItems)).F1;

        double? cells = truth.Tables.Count == 0
            ? null
            : MatchScore.Of(Keys(truth.Tables.SelectMany(t => t.Rows).SelectMany(r => r)), Keys(actual.TableCells)).F1;

        double? code = truth.Code.Count == 0
            ? null
            : MatchScore.Of(truth.Code.SelectMany(TextTokens.Tokenize), actual.Code.SelectMany(TextTokens.Tokenize)).Recall;

        double? captions = truth.Figures.Count == 0
            ? null
            : MatchScore.Of(Keys(truth.Figures.Select(f => f.Caption)), Keys(actual.FigureCaptions)).Recall;

        double? alts = truth.Figures.Count == 0
            ? null
            : MatchScore.Of(Keys(truth.Figures.Select(f => f.Alt)), Keys(actual.FigureAlts)).Recall;

        double? links = truth.Links.Count == 0
            ? null
            : MatchScore.Of(truth.Links.Select(l => NormalizeHref(l.Href)), actual.LinkTargets.Select(NormalizeHref)).Recall;

        double? quotes = truth.Quotes.Count == 0
            ? null
            : MatchScore.Of(truth.Quotes.SelectMany(TextTokens.Tokenize), actual.Quotes.SelectMany(TextTokens.Tokenize)).Recall;

        var expectedWords = TextTokens.Tokenize(truth.Text);
        var actualWords = TextTokens.Tokenize(actual.Text);
        return new QualityScores(
            HeadingF1: headings.F1,
            HeadingTextF1: headingTexts.F1,
            ListItemF1: lists,
            TableCellF1: cells,
            CodeRecall: code,
            FigureCaptionRecall: captions,
            FigureAltRecall: alts,
            LinkRecall: links,
            QuoteRecall: quotes,
            ReadingOrder: SequenceSimilarity.EditSimilarity(expectedWords, actualWords),
            TextRecall: MatchScore.Of(expectedWords, actualWords).Recall,
            RunningTextLeaks: RunningTextLeaks(truth, expectedWords, actualWords));
    }

    /// <summary>Heading F1 and text recall of a Markdown rendering, read with <see cref="MarkdownStructureReader"/>.</summary>
    public static (double HeadingF1, double TextRecall) ScoreMarkdown(GroundTruth truth, string markdown)
    {
        var (headings, text) = MarkdownStructureReader.Read(markdown);
        var headingScore = MatchScore.Of(
            truth.Headings.Select(h => HeadingKey(h.Level, h.Text)),
            headings.Select(h => HeadingKey(h.Level, h.Text)));
        return (headingScore.F1, MatchScore.Of(TextTokens.Tokenize(truth.Text), TextTokens.Tokenize(text)).Recall);
    }

    /// <summary>
    /// How often a running header or footer, or a "page n of m" number, appears in the output beyond what the
    /// document's own text contains.
    /// </summary>
    public static int RunningTextLeaks(GroundTruth truth, IReadOnlyList<string> expectedWords, IReadOnlyList<string> actualWords)
    {
        var leaks = 0;
        foreach (var running in truth.Running.Select(TextTokens.Tokenize).Where(r => r.Count > 0))
        {
            leaks += Math.Max(0, Occurrences(actualWords, running) - Occurrences(expectedWords, running));
        }

        return leaks + Math.Max(0, PageNumbers(actualWords) - PageNumbers(expectedWords));
    }

    private static int Occurrences(IReadOnlyList<string> words, IReadOnlyList<string> phrase)
    {
        var count = 0;
        for (var i = 0; i + phrase.Count <= words.Count; i++)
        {
            var j = 0;
            while (j < phrase.Count && words[i + j] == phrase[j])
            {
                j++;
            }

            count += j == phrase.Count ? 1 : 0;
        }

        return count;
    }

    private static int PageNumbers(IReadOnlyList<string> words)
    {
        var count = 0;
        for (var i = 0; i + 3 < words.Count; i++)
        {
            if (words[i] == "page" && IsNumber(words[i + 1]) && words[i + 2] == "of" && IsNumber(words[i + 3]))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsNumber(string word) => word.All(char.IsAsciiDigit);

    // Link annotations often gain or lose a trailing slash; that is the same target.
    private static string NormalizeHref(string href) => href.Trim().TrimEnd('/');

    private static string HeadingKey(int level, string text) => $"{level}|{TextTokens.Key(text)}";

    // Empty cells and items carry no words, so they can neither be found nor missed.
    private static IEnumerable<string> Keys(IEnumerable<string> texts) =>
        texts.Select(TextTokens.Key).Where(k => k.Length > 0);
}
