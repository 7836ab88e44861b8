namespace EqualifyPdf.Conversion.Extraction;

/// <summary>
/// Typographic ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) as their letters. LaTeX and browser fonts set them as one glyph, which the
/// PDF maps to one presentation-form character: left in, "modiﬁcations" is not found by a page search, a screen reader
/// may skip the glyph or spell it out, and the PII scanner's patterns miss the word.
/// </summary>
internal static class Ligatures
{
    private const char First = '\uFB00';
    private const char Last = '\uFB06';

    /// <summary>The text with each Latin ligature replaced by its letters; the same instance when it has none.</summary>
    public static string Expand(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange(First, Last) < 0)
        {
            return text;
        }

        var letters = new System.Text.StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c is < First or > Last)
            {
                letters.Append(c);
                continue;
            }

            letters.Append(c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                _ => "st", // ſt and st
            });
        }

        return letters.ToString();
    }
}
