namespace EqualifyPdf.Conversion.Tests.Quality;

/// <summary>
/// The quality bar of issue 3, in one place. Born-digital heading, reading-order, text and table values are the
/// issue's; list, code, link and quote values guard the structure the issue asks for beyond its headline numbers
/// (Markdown output is held to the same heading and text bar as HTML; the authors' /Alt texts must survive from
/// tagged PDFs, while untagged ones only get alt text derived from captions, which the accessibility test checks). Scanned pages go through Tesseract, whose word
/// errors (about 1–3 % on a clean 300 dpi page) and looser line geometry make the born-digital bar unreachable, so
/// they get their own, documented bar and structure beyond text is reported, not asserted.
/// </summary>
public sealed record QualityThresholds(
    double HeadingF1,
    double ReadingOrder,
    double TextRecall,
    double TableCellF1,
    double ListItemF1,
    double CodeRecall,
    double LinkRecall,
    double QuoteRecall,
    int MaxRunningTextLeaks,
    double TaggedFigureAltRecall)
{
    /// <summary>Pages with a text layer (Chromium and LibreOffice renders).</summary>
    public static QualityThresholds BornDigital { get; } = new(
        HeadingF1: 0.90,
        ReadingOrder: 0.95,
        TextRecall: 0.98,
        TableCellF1: 0.85,
        ListItemF1: 0.85,
        CodeRecall: 0.95,
        LinkRecall: 0.90,
        QuoteRecall: 0.85,
        MaxRunningTextLeaks: 0,
        TaggedFigureAltRecall: 0.90);

    /// <summary>
    /// Image-only pages read by OCR. Zero for a metric means "reported, not asserted": OCR headings depend on
    /// estimating font size from word boxes and are not part of the OCR requirement.
    /// </summary>
    public static QualityThresholds Scanned { get; } = new(
        HeadingF1: 0.0,
        ReadingOrder: 0.85,
        TextRecall: 0.90,
        TableCellF1: 0.0,
        ListItemF1: 0.0,
        CodeRecall: 0.0,
        LinkRecall: 0.0,
        QuoteRecall: 0.0,
        MaxRunningTextLeaks: int.MaxValue,
        TaggedFigureAltRecall: 0.0);
}
