using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace EqualifyPdf.Conversion.Tagged;

/// <summary>Walks the catalog's /Pages tree to learn which object is which page number, as /Pg entries name pages by object.</summary>
internal static class PageReferences
{
    public static Dictionary<IndirectReference, int> Read(DictionaryToken catalog, IPdfTokenScanner scanner)
    {
        var result = new Dictionary<IndirectReference, int>();
        if (!catalog.TryGet(NameToken.Pages, out var root))
        {
            return result;
        }

        var visited = new HashSet<IndirectReference>();
        var stack = new Stack<IToken>();
        stack.Push(root);
        var order = new List<IndirectReference>();
        while (stack.Count > 0 && visited.Count < 1_000_000)
        {
            var token = stack.Pop();
            if (token is not IndirectReferenceToken reference || !visited.Add(reference.Data))
            {
                continue;
            }

            if (PdfTokens.Resolve(token, scanner) is not DictionaryToken node)
            {
                continue;
            }

            if (PdfTokens.Get(node, "Kids", scanner) is ArrayToken kids)
            {
                // Pushed in reverse so the leftmost kid is visited first: depth-first order is page order.
                for (var i = kids.Length - 1; i >= 0; i--)
                {
                    stack.Push(kids.Data[i]);
                }
            }
            else
            {
                order.Add(reference.Data);
            }
        }

        for (var i = 0; i < order.Count; i++)
        {
            result[order[i]] = i + 1;
        }

        return result;
    }
}
