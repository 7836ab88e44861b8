using EqualifyPdf.ClientApi.Uploads;
using EqualifyPdf.Storage;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.ClientApi.Apis;

/// <summary>What the document endpoints depend on, injected as one <c>[AsParameters]</c> argument.</summary>
public sealed record DocumentsServices(
    IClusterClient Cluster,
    IBlobStore Blobs,
    PdfUploadReceiver Uploads,
    IOptions<UploadOptions> UploadOptions,
    IProblemDetailsService Problems,
    OcrLanguageCatalog OcrLanguages);
