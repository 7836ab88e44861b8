using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace EqualifyPdf.Conversion.Tagged;

/// <summary>
/// Recognises the shape Chromium gives a table it judges presentational (no borders, no headers): the Table, TR and
/// TD elements all become NonStruct, so the grid survives only as a NonStruct whose children are rows of NonStruct
/// cells. The shape alone is a candidate; the page geometry decides (<c>Layout.TaggedTableBuilder</c>).
/// </summary>
internal static class LayoutGridShape
{
    /// <summary>Rows examined at most: a grid is recognised from its first rows, and a huge tree stays cheap.</summary>
    private const int MaxRows = 400;

    /// <summary>
    /// True when every child of <paramref name="element"/> is a NonStruct whose children are all NonStruct elements,
    /// there are at least two such rows, and at least two of them hold two cells or more.
    /// </summary>
    public static bool IsGrid(DictionaryToken element, IPdfTokenScanner scanner, Func<string, string> standardRole)
    {
        var rows = Children(element, scanner);
        if (rows is not { Count: >= 2 and <= MaxRows })
        {
            return false;
        }

        var wideRows = 0;
        foreach (var row in rows)
        {
            if (!IsNonStruct(row, scanner, standardRole) || Children(row, scanner) is not { Count: > 0 } cells
                || !cells.All(c => IsNonStruct(c, scanner, standardRole)))
            {
                return false;
            }

            wideRows += cells.Count >= 2 ? 1 : 0;
        }

        return wideRows >= 2;
    }

    private static bool IsNonStruct(DictionaryToken element, IPdfTokenScanner scanner, Func<string, string> standardRole) =>
        standardRole(PdfTokens.GetString(element, "S", scanner) ?? "") == "NonStruct";

    /// <summary>The structure-element children of an element, or null when it has marked content of its own.</summary>
    private static List<DictionaryToken>? Children(DictionaryToken element, IPdfTokenScanner scanner)
    {
        var kids = PdfTokens.Get(element, "K", scanner);
        IReadOnlyList<IToken> list = kids is ArrayToken array ? array.Data : kids == null ? [] : [kids];
        var result = new List<DictionaryToken>(list.Count);
        foreach (var kid in list)
        {
            if (PdfTokens.Resolve(kid, scanner) is not DictionaryToken dict || !dict.ContainsKey(NameToken.S))
            {
                return null;
            }

            result.Add(dict);
        }

        return result;
    }
}
