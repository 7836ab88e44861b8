using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Workflow.Services;

namespace EqualifyPdf.Workflow.Tests.Infrastructure;

/// <summary>The real converter, or a fast synthetic model of N pages for jobs whose scenario asks for one.</summary>
public sealed class ScenarioConverter(PdfDocumentConverter real) : IDocumentConverter
{
    public Task<DocumentModel> ConvertAsync(Stream pdf, ConversionRequest request, CancellationToken cancellationToken)
    {
        var scenario = JobScenario.For(request.JobId);
        if (scenario is not null)
        {
            scenario.LastConversion = request;
        }

        if (scenario is { ConverterCrashes: true })
        {
            Interlocked.Increment(ref scenario.ConverterCalls);
            throw new DocumentWorkerException(DocumentWorkerFailure.Crashed);
        }

        if (scenario?.FakePageCount is not { } count)
        {
            return real.ConvertAsync(pdf, request, cancellationToken);
        }

        var pages = Enumerable.Range(1, count).Select(Page).ToList();
        return Task.FromResult(new DocumentModel(new DocumentInfo("Synthetic", "en", count), pages));
    }

    private static PageModel Page(int n) => new(n, 612, 792,
    [
        new Block { Id = $"p{n}-b1", Role = BlockRole.Heading, Level = n == 1 ? 1 : 3, Page = n, Box = new BoundingBox(72, 72, 400, 20), Text = $"Section {n}" },
        new Block { Id = $"p{n}-b2", Role = BlockRole.Paragraph, Page = n, Box = new BoundingBox(72, 100, 400, 200), Text = $"The \uFB01rst  paragraph of page {n}." },
    ], PageTextSource.TextLayer);
}
