using System.Collections.Concurrent;
using System.Diagnostics;

namespace EqualifyPdf.Conversion.Tests.Quality.Corpus;

/// <summary>
/// Converts each corpus PDF once per test run and shares the result between the quality and accessibility tests,
/// so the suite pays for every conversion only once.
/// </summary>
public static class ConvertedCorpus
{
    private static readonly ConcurrentDictionary<string, Lazy<CorpusConversion>> Cache = new();

    /// <summary>The conversion of <paramref name="doc"/>: model, HTML, Markdown, time taken, or the exception it threw.</summary>
    public static CorpusConversion Of(CorpusDocument doc) =>
        Cache.GetOrAdd(doc.Pdf, _ => new Lazy<CorpusConversion>(() => Run(doc))).Value;

    private static CorpusConversion Run(CorpusDocument doc)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var stream = File.OpenRead(doc.PdfPath);
            var model = DocumentConverter.Convert(stream);
            var html = HtmlRenderer.Render(model);
            var markdown = MarkdownRenderer.Render(model);
            return new CorpusConversion(doc, model, html, markdown, watch.Elapsed, null);
        }
        catch (Exception ex)
        {
            return new CorpusConversion(doc, null, null, null, watch.Elapsed, ex);
        }
    }
}
