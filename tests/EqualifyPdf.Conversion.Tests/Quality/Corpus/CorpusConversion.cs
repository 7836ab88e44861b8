using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Tests.Quality.Corpus;

/// <summary>The outcome of converting one corpus PDF.</summary>
public sealed record CorpusConversion(
    CorpusDocument Document, DocumentModel? Model, string? Html, string? Markdown, TimeSpan Elapsed, Exception? Error)
{
    /// <summary>The model, HTML and Markdown, or a test failure naming the document and the exception.</summary>
    public (DocumentModel Model, string Html, string Markdown) Require() =>
        Model is not null && Html is not null && Markdown is not null
            ? (Model, Html, Markdown)
            : throw new Xunit.Sdk.XunitException($"{Document.Pdf}: conversion failed: {Error}");
}
