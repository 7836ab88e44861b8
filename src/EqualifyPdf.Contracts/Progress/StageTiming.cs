namespace EqualifyPdf.Contracts.Progress;

/// <summary>Measured durations of finished jobs, the basis of <c>estimated_completion_minutes</c>.</summary>
/// <param name="SecondsPerPage">Moving average of each stage's seconds per page (pii_scan, conversion, page_correction, assembly).</param>
/// <param name="PagesPerDocument">Moving average of the page count, for jobs whose pages are not known yet.</param>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.StageTiming")]
public sealed record StageTiming(
    [property: Id(0)] IReadOnlyDictionary<string, double> SecondsPerPage,
    [property: Id(1)] double PagesPerDocument)
{
    /// <summary>No measurement yet.</summary>
    public static StageTiming Empty { get; } = new(new Dictionary<string, double>(), 0);

    /// <summary>Weight of a new sample in the moving averages.</summary>
    public const double SampleWeight = 0.2;

    /// <summary>One exponential-moving-average step; the first sample is taken as is.</summary>
    public static double Blend(double average, double sample) => average <= 0 ? sample : average + (SampleWeight * (sample - average));
}
