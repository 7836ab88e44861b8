using UglyToad.PdfPig.Content;

namespace EqualifyPdf.Conversion.Extraction;

/// <summary>Bold / italic / monospace facts about a letter's font, cached per font name because pages repeat fonts.</summary>
internal sealed class FontTraits
{
    // TeX's Computer Modern and EC fonts name their faces by code: CMTT/SFTT/ECTT typewriter, CMBX/CMB bold,
    // CMTI/CMSL italic and slanted (pdfTeX and Texinfo documents, "An Introduction to R" among them).
    private static readonly string[] MonospaceMarkers = ["mono", "courier", "consol", "menlo", "code", "typewriter", "fixed", "cousine", "inconsolata", "cmtt", "cmsltt", "cmitt", "sftt", "ectt", "tctt"];
    private static readonly string[] BoldMarkers = ["bold", "black", "heavy", "semibold", "demi", "-bd", ",bd", "cmbx", "cmb10", "cmb12", "cmssbx", "ecbx", "ecrb"];
    private static readonly string[] ItalicMarkers = ["italic", "oblique", "-it", ",it", "cmti", "cmsl", "cmbxti", "ecti", "ecsl"];

    private readonly Dictionary<string, (string Name, bool Bold, bool Italic, bool Mono)> cache = new(StringComparer.Ordinal);

    public (string Name, bool Bold, bool Italic, bool Mono) Of(Letter letter)
    {
        // Cached by name only (a page repeats a handful of fonts); the descriptor flags are cheap to add per call.
        var raw = letter.FontName ?? "";
        if (!cache.TryGetValue(raw, out var traits))
        {
            // Subset fonts carry a six-letter prefix ("ABCDEF+Arial-Bold") that says nothing about the face.
            var plus = raw.IndexOf('+', StringComparison.Ordinal);
            var name = plus == 6 ? raw[(plus + 1)..] : raw;
            var lower = name.ToLowerInvariant();
            traits = (name, BoldMarkers.Any(lower.Contains), ItalicMarkers.Any(lower.Contains), MonospaceMarkers.Any(lower.Contains));
            cache[raw] = traits;
        }

        var details = letter.FontDetails;
        return details == null
            ? traits
            : (traits.Name, traits.Bold || details.IsBold || details.Weight >= 600, traits.Italic || details.IsItalic, traits.Mono);
    }
}
