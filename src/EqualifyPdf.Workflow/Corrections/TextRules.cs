using System.Text;

namespace EqualifyPdf.Workflow.Corrections;

/// <summary>Deterministic character-level clean-ups used by <see cref="RuleBasedPageCorrector"/>.</summary>
internal static class TextRules
{
    private static readonly (string From, string To)[] Ligatures =
    [
        ("\uFB00", "ff"), ("\uFB01", "fi"), ("\uFB02", "fl"), ("\uFB03", "ffi"), ("\uFB04", "ffl"), ("\uFB05", "st"), ("\uFB06", "st"),
        ("\u0132", "IJ"), ("\u0133", "ij"),
    ];

    /// <summary>Expands typographic ligatures.</summary>
    public static string ExpandLigatures(string text)
    {
        if (!text.Any(c => c is >= '\uFB00' and <= '\uFB06' or '\u0132' or '\u0133'))
        {
            return text;
        }

        var sb = new StringBuilder(text);
        foreach (var (from, to) in Ligatures)
        {
            sb.Replace(from, to);
        }

        return sb.ToString();
    }

    /// <summary>Replaces curly quotes and primes with their plain forms.</summary>
    public static string NormalizeQuotes(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                    '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
                    var c => c,
                };
            }
        });

    /// <summary>Removes soft hyphens and zero-width characters, collapses whitespace runs, trims the ends.</summary>
    public static string NormalizeWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
