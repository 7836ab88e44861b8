using Orleans.Concurrency;

namespace EqualifyPdf.Contracts.Jobs;

/// <summary>The Tesseract languages installed where conversions run (a stateless worker in each silo), which the
/// front end checks a submit's <c>ocr_languages</c> against.</summary>
[Alias("EqualifyPdf.IOcrLanguagesGrain")]
public interface IOcrLanguagesGrain : IGrainWithIntegerKey
{
    /// <summary>The installed language codes, sorted.</summary>
    [Alias("GetInstalled")]
    Task<IReadOnlyList<string>> GetInstalled();
}
