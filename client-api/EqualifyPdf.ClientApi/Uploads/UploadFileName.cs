using System.Globalization;
using System.Text;

namespace EqualifyPdf.ClientApi.Uploads;

/// <summary>
/// Makes an uploaded file name safe to show and store: the last path segment (either slash), Unicode NFC, no control,
/// bidirectional-override or line-separator characters, trimmed, and at most <see cref="MaxBytes"/> UTF-8 bytes —
/// shortened before its extension, never inside a character.
/// </summary>
public static class UploadFileName
{
    /// <summary>The longest name kept, in UTF-8 bytes (what most file systems allow).</summary>
    public const int MaxBytes = 255;

    /// <summary>The normalised form of <paramref name="raw"/>; empty when nothing printable is left.</summary>
    public static string Normalize(string? raw)
    {
        var name = (raw ?? "").Normalize(NormalizationForm.FormC);
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (!IsInvisibleControl(rune))
            {
                kept.Append(rune.ToString());
            }
        }

        return Shorten(kept.ToString().Trim());
    }

    private static bool IsInvisibleControl(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || rune.Value is 0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0xFEFF;

    private static string Shorten(string name)
    {
        if (Encoding.UTF8.GetByteCount(name) <= MaxBytes)
        {
            return name;
        }

        var dot = name.LastIndexOf('.');
        var extension = dot > 0 && name.Length - dot <= 16 ? name[dot..] : "";
        var budget = MaxBytes - Encoding.UTF8.GetByteCount(extension);
        var stem = new StringBuilder();
        var used = 0;
        foreach (var element in TextElements(name[..(name.Length - extension.Length)]))
        {
            var size = Encoding.UTF8.GetByteCount(element);
            if (used + size > budget)
            {
                break;
            }

            stem.Append(element);
            used += size;
        }

        return stem.ToString().TrimEnd() + extension;
    }

    // Whole user-perceived characters, so a cut never leaves half an accent or emoji behind.
    private static IEnumerable<string> TextElements(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            yield return elements.GetTextElement();
        }
    }
}
