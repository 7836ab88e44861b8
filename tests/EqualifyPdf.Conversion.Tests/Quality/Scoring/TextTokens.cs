using System.Globalization;
using System.Text;

namespace EqualifyPdf.Conversion.Tests.Quality.Scoring;

/// <summary>
/// Turns text into comparable word tokens: Unicode NFKC (so ligatures and superscripts match their plain forms),
/// lower case, and maximal runs of letters and digits. Punctuation and spacing differences between the source HTML
/// and the converter's output must not count as errors; missing, extra or reordered words must.
/// </summary>
public static class TextTokens
{
    /// <summary>Splits <paramref name="text"/> into normalised word tokens.</summary>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC);
        var current = new StringBuilder();
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
            {
                current.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    /// <summary>The tokens joined by single spaces: a key under which two renderings of the same text are equal.</summary>
    public static string Key(string? text) => string.Join(' ', Tokenize(text));
}
