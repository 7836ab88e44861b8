using System.ComponentModel;
using System.Diagnostics;

namespace EqualifyPdf.Conversion.Rendering;

/// <summary>Renders one PDF page to PNG with poppler's <c>pdftoppm</c> (the image the AI correction step sees).</summary>
public static class PageRasterizer
{
    /// <summary>Longest a page may take to render.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Renders page <paramref name="page"/> of the PDF at <paramref name="pdfPath"/>.</summary>
    /// <param name="pdfPath">A PDF file.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="dpi">Resolution (72–200).</param>
    /// <param name="cancellationToken">Kills the renderer.</param>
    /// <returns>The PNG bytes, or null when <c>pdftoppm</c> is missing, fails or times out.</returns>
    public static async Task<byte[]?> RenderPngAsync(string pdfPath, int page, int dpi, CancellationToken cancellationToken)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"equalify-page-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo("pdftoppm")
        {
            ArgumentList = { "-png", "-r", Math.Clamp(dpi, 72, 200).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-singlefile", pdfPath, prefix },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return null; // poppler-utils not installed
        }

        using (process)
        {
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                return null;
            }

            var png = prefix + ".png";
            try
            {
                return process.ExitCode == 0 && File.Exists(png) ? await File.ReadAllBytesAsync(png, CancellationToken.None) : null;
            }
            finally
            {
                File.Delete(png);
            }
        }
    }
}
