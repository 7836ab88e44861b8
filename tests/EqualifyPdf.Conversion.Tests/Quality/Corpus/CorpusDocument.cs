namespace EqualifyPdf.Conversion.Tests.Quality.Corpus;

/// <summary>One PDF of the corpus as listed in <c>tests/corpus/manifest.json</c>.</summary>
/// <param name="Pdf">Path relative to <c>tests/corpus</c>, e.g. <c>pdf/syllabus.chromium.pdf</c>.</param>
/// <param name="Truth">Ground-truth file relative to <c>tests/corpus</c>.</param>
/// <param name="Producer"><c>chromium</c>, <c>libreoffice</c> or <c>scan</c>.</param>
/// <param name="Kind"><c>born-digital</c> (text layer) or <c>scanned</c> (image only, needs OCR).</param>
/// <param name="Pages">Page count.</param>
/// <param name="Tagged">Whether the PDF carries a structure tree.</param>
public sealed record CorpusDocument(string Pdf, string Truth, string Producer, string Kind, int Pages, bool Tagged)
{
    /// <summary>The kind value for documents with a text layer.</summary>
    public const string BornDigitalKind = "born-digital";

    /// <summary>The kind value for image-only documents.</summary>
    public const string ScannedKind = "scanned";

    /// <summary>True for image-only pages that only OCR can read.</summary>
    public bool IsScanned => Kind == ScannedKind;

    /// <summary>Absolute path of the PDF.</summary>
    public string PdfPath => Path.Combine(RepoPaths.CorpusDir, Pdf);

    /// <summary>Absolute path of the ground truth.</summary>
    public string TruthPath => Path.Combine(RepoPaths.CorpusDir, Truth);

    /// <summary>The file name without folder, used as the test case name.</summary>
    public string Name => Path.GetFileNameWithoutExtension(Pdf);
}
