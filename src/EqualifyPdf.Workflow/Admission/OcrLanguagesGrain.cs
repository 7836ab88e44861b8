using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Conversion.Ocr;
using Orleans.Concurrency;

namespace EqualifyPdf.Workflow.Admission;

/// <summary>Answers from the silo's own Tesseract data, where the conversions run.</summary>
[StatelessWorker(1)]
public sealed class OcrLanguagesGrain : Grain, IOcrLanguagesGrain
{
    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetInstalled() => Task.FromResult<IReadOnlyList<string>>([.. OcrLanguages.Installed()]);
}
