namespace EqualifyPdf.Conversion.Bench;

/// <summary>A set of PDFs measured together.</summary>
/// <param name="Name">Row label.</param>
/// <param name="Files">Absolute paths.</param>
/// <param name="Pages">Total page count.</param>
/// <param name="IsOcr">Image-only pages that go through Tesseract (reported apart, no speed target).</param>
/// <param name="Repeats">How often the child converts the whole set; the fastest pass counts.</param>
/// <param name="IsColdProcess">Measured as whole cold <c>equalify-pdf convert</c> processes, not in a warmed-up child.</param>
/// <param name="Cores">Cores the cold process may use (<c>--jobs</c> set to the same); every other row runs on CPU 0.</param>
public sealed record Workload(string Name, IReadOnlyList<string> Files, int Pages, bool IsOcr, int Repeats, bool IsColdProcess = false, int Cores = 1);
