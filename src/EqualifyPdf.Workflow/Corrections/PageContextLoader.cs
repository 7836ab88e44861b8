using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Conversion;
using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Corrections.Llm.Options;
using EqualifyPdf.Corrections.Llm.Review;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Jobs;
using EqualifyPdf.Workflow.Services;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Workflow.Corrections;

/// <summary>Gathers what the model sees besides the page: the neighbouring pages' edge blocks, the outline the document
/// pass stored, and the page image rendered from the upload. Anything missing is left out, never fatal.</summary>
public sealed class PageContextLoader(IBlobStore blobs, IPageImageRenderer renderer, IOptions<LlmOptions> options, ILogger<PageContextLoader> logger)
{
    private const int EdgeBlocks = 2;

    /// <summary>The review request for <paramref name="page"/> of job <paramref name="jobId"/>.</summary>
    public async Task<PageReviewRequest> LoadAsync(string jobId, PageModel page, int previousHeadingLevel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var previous = await PageAsync(jobId, page.Number - 1, cancellationToken);
        var next = await PageAsync(jobId, page.Number + 1, cancellationToken);
        var outline = await blobs.ReadJsonAsync<DocumentOutline>(BlobContainers.Temp, JobBlobKeys.Headings(jobId), cancellationToken);
        return new PageReviewRequest(
            page,
            previousHeadingLevel,
            previous?.Blocks.TakeLast(EdgeBlocks).ToList() ?? [],
            next?.Blocks.Take(EdgeBlocks).ToList() ?? [],
            outline?.Headings ?? [],
            outline?.Language ?? "en",
            await ImageAsync(jobId, page.Number, cancellationToken));
    }

    private async Task<PageModel?> PageAsync(string jobId, int number, CancellationToken cancellationToken)
    {
        if (number < 1)
        {
            return null;
        }

        var json = await blobs.ReadTextAsync(BlobContainers.Temp, JobBlobKeys.SourcePage(jobId, number), cancellationToken);
        return json is null ? null : DocumentModelJson.DeserializePage(json);
    }

    private async Task<byte[]?> ImageAsync(string jobId, int page, CancellationToken cancellationToken)
    {
        await using var pdf = await blobs.OpenReadAsync(BlobContainers.Temp, JobBlobKeys.Upload(jobId), cancellationToken);
        if (pdf is null)
        {
            return null;
        }

        var png = await renderer.RenderPageAsync(pdf, jobId, page, options.Value.PageImageDpi, cancellationToken);
        if (png is null)
        {
            logger.LogWarning("Page {Page} of job {JobId} could not be rendered; the model sees its blocks only", page, jobId);
        }

        return png;
    }
}
