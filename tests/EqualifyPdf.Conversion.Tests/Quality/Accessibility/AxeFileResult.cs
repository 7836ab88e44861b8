namespace EqualifyPdf.Conversion.Tests.Quality.Accessibility;

/// <summary>axe-core's verdict on one HTML file.</summary>
/// <param name="File">The file checked.</param>
/// <param name="Violations">Rules that failed, empty when the page passed.</param>
public sealed record AxeFileResult(string File, IReadOnlyList<AxeViolation> Violations);
