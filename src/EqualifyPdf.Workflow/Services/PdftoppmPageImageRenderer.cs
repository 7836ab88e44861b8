using EqualifyPdf.Conversion.Rendering;
using EqualifyPdf.Workflow.Admission;

namespace EqualifyPdf.Workflow.Services;

/// <summary>Renders page images with <c>pdftoppm</c> from the silo itself, after a slot in its <see cref="DocumentWorkQueue"/>
/// (the default without document workers).</summary>
public sealed class PdftoppmPageImageRenderer(DocumentWorkQueue queue) : IPageImageRenderer
{
    /// <inheritdoc />
    public async Task<byte[]?> RenderPageAsync(Stream pdf, string jobId, int page, int dpi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        using var slot = await queue.EnterAsync(jobId, cancellationToken);
        var path = Path.Combine(Path.GetTempPath(), $"equalify-render-{Guid.NewGuid():N}.pdf");
        try
        {
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // the document may hold personal data
            }

            await using (var file = new FileStream(path, create))
            {
                await pdf.CopyToAsync(file, cancellationToken);
            }

            return await PageRasterizer.RenderPngAsync(path, page, dpi, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
