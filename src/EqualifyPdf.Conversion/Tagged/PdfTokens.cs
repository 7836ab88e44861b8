using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace EqualifyPdf.Conversion.Tagged;

/// <summary>Small helpers to read PDF objects directly, resolving indirect references through the token scanner.</summary>
internal static class PdfTokens
{
    public static IToken? Resolve(IToken? token, IPdfTokenScanner scanner)
    {
        // Chains of references are legal but never long; the bound stops a malicious cycle.
        for (var i = 0; i < 8 && token is IndirectReferenceToken reference; i++)
        {
            token = scanner.Get(reference.Data)?.Data;
        }

        return token is IndirectReferenceToken ? null : token;
    }

    public static IToken? Get(DictionaryToken dict, string key, IPdfTokenScanner scanner) =>
        dict.TryGet(NameToken.Create(key), out var value) ? Resolve(value, scanner) : null;

    public static string? GetString(DictionaryToken dict, string key, IPdfTokenScanner scanner) =>
        Get(dict, key, scanner) switch
        {
            StringToken s => s.Data,
            HexToken h => h.Data,
            NameToken n => n.Data,
            _ => null,
        };

    /// <summary>The page an element or marked-content reference sits on: its own /Pg, else the inherited one.</summary>
    public static int PageOf(DictionaryToken dict, int inherited, IReadOnlyDictionary<IndirectReference, int> pageNumbers) =>
        dict.TryGet(NameToken.Create("Pg"), out var pg) && pg is IndirectReferenceToken reference
            && pageNumbers.TryGetValue(reference.Data, out var number)
            ? number
            : inherited;

    /// <summary>An element's layout attribute /BBox (from /A, a dictionary or an array of them) as left, bottom, right, top.</summary>
    public static double[]? LayoutBox(DictionaryToken element, IPdfTokenScanner scanner)
    {
        var attributes = Get(element, "A", scanner);
        var candidates = attributes is ArrayToken array ? array.Data.Select(t => Resolve(t, scanner)) : [attributes];
        foreach (var candidate in candidates.OfType<DictionaryToken>())
        {
            if (Get(candidate, "BBox", scanner) is ArrayToken { Length: 4 } bbox && bbox.Data.All(t => t is NumericToken))
            {
                var v = bbox.Data.Cast<NumericToken>().Select(n => n.Double).ToArray();
                return [Math.Min(v[0], v[2]), Math.Min(v[1], v[3]), Math.Max(v[0], v[2]), Math.Max(v[1], v[3])];
            }
        }

        return null;
    }
}
