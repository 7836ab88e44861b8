using EqualifyPdf.Conversion;
using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Pii;
using EqualifyPdf.Pii.Model;
using EqualifyPdf.Worker.Protocol;
using StreamJsonRpc;

namespace EqualifyPdf.Worker;

/// <summary>
/// The worker's RPC target: each method reads the PDF from the path it is given (never from the channel) and runs one
/// document step. A <see cref="ConversionException"/> travels back as an error code carrying its kind and message.
/// </summary>
internal sealed class DocumentWorkerService
{
    [JsonRpcMethod(WorkerMethods.ScanPii)]
    public Task<PiiReport> ScanPiiAsync(ScanPiiRequest request) => RunAsync(request.PdfPath, pdf =>
    {
        var texts = DocumentConverter.ExtractPageTexts(pdf);
        return PiiScanner.ScanPages(texts);
    });

    [JsonRpcMethod(WorkerMethods.Convert)]
    public Task<DocumentModel> ConvertAsync(ConvertRequest request) => RunAsync(request.PdfPath, pdf =>
    {
        var options = new ConversionOptions { SourceName = request.Filename };
        if (!string.IsNullOrWhiteSpace(request.Language))
        {
            // The uploader's language stands in only where the PDF has no /Lang; otherwise the library's default.
            options = options with { DefaultLanguage = request.Language };
        }

        if (!string.IsNullOrWhiteSpace(request.OcrLanguage))
        {
            options = options with { OcrLanguage = request.OcrLanguage };
        }

        return DocumentConverter.Convert(pdf, options);
    });

    // pdftoppm parses the PDF in its own process; the worker's budget and ceiling still bound the step's wall time.
    [JsonRpcMethod(WorkerMethods.RenderPage)]
    public async Task<byte[]?> RenderPageAsync(RenderPageRequest request)
    {
        if (!File.Exists(request.PdfPath))
        {
            throw new LocalRpcException($"The input {request.PdfPath} is missing.") { ErrorCode = WorkerErrorCodes.InputMissing };
        }

        return await EqualifyPdf.Conversion.Rendering.PageRasterizer.RenderPngAsync(request.PdfPath, request.Page, request.Dpi, CancellationToken.None);
    }

    [JsonRpcMethod(WorkerMethods.Ping)]
    public int Ping() => Environment.ProcessId;

    // The step runs off the RPC reader so the channel stays responsive while the CPU is busy.
    private static Task<T> RunAsync<T>(string path, Func<Stream, T> step) => Task.Run(() =>
    {
        StepMemory.ReclaimLeftovers();
        try
        {
            using var pdf = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920);
            return step(pdf);
        }
        catch (ConversionException ex)
        {
            throw new LocalRpcException(ex.Message) { ErrorCode = WorkerErrorCodes.ForConversion(ex.Kind) };
        }
        catch (FileNotFoundException ex)
        {
            throw new LocalRpcException(ex.Message) { ErrorCode = WorkerErrorCodes.InputMissing };
        }
        catch (OutOfMemoryException)
        {
            // The heap hard limit was reached: the pool retires this process after the answer.
            throw new LocalRpcException("The worker ran out of memory.") { ErrorCode = WorkerErrorCodes.OutOfMemory };
        }
    });
}
