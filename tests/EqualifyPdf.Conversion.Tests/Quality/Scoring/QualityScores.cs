using System.Globalization;

namespace EqualifyPdf.Conversion.Tests.Quality.Scoring;

/// <summary>How close a conversion came to the ground truth. Metrics that do not apply to a document are null.</summary>
/// <param name="HeadingF1">F1 over headings matched on text and level together.</param>
/// <param name="HeadingTextF1">F1 over heading texts alone (shows whether misses are levels or text).</param>
/// <param name="ListItemF1">F1 over list item texts; null when the document has no lists.</param>
/// <param name="TableCellF1">F1 over table cell texts; null when the document has no tables.</param>
/// <param name="CodeRecall">Share of code-block words found inside code blocks; null when the document has no code.</param>
/// <param name="FigureCaptionRecall">Share of figure captions found as captions; null without figures.</param>
/// <param name="FigureAltRecall">Share of the source's alt texts kept on images; null without figures.</param>
/// <param name="LinkRecall">Share of link targets present as <c>a href</c>; null without links.</param>
/// <param name="QuoteRecall">Share of block-quote words found inside block quotes; null without quotes.</param>
/// <param name="ReadingOrder">Word-sequence edit similarity of the whole text.</param>
/// <param name="TextRecall">Share of expected words present anywhere in the output (as a multiset).</param>
/// <param name="RunningTextLeaks">Running headers, footers and "Page n of m" numbers left in the output text.</param>
public sealed record QualityScores(
    double HeadingF1,
    double HeadingTextF1,
    double? ListItemF1,
    double? TableCellF1,
    double? CodeRecall,
    double? FigureCaptionRecall,
    double? FigureAltRecall,
    double? LinkRecall,
    double? QuoteRecall,
    double ReadingOrder,
    double TextRecall,
    int RunningTextLeaks = 0)
{
    /// <summary>One line with every metric, for test output and reports.</summary>
    public override string ToString() => string.Join("  ",
        $"headingF1={Format(HeadingF1)}",
        $"headingTextF1={Format(HeadingTextF1)}",
        $"listF1={Format(ListItemF1)}",
        $"tableCellF1={Format(TableCellF1)}",
        $"codeRecall={Format(CodeRecall)}",
        $"figCaptionRecall={Format(FigureCaptionRecall)}",
        $"figAltRecall={Format(FigureAltRecall)}",
        $"linkRecall={Format(LinkRecall)}",
        $"quoteRecall={Format(QuoteRecall)}",
        $"readingOrder={Format(ReadingOrder)}",
        $"textRecall={Format(TextRecall)}",
        $"runningLeaks={RunningTextLeaks}");

    private static string Format(double? value) =>
        value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
}
