using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace EqualifyPdf.Conversion.Tagged;

/// <summary>
/// The PDF's structure tree (/StructTreeRoot) flattened to "page, MCID → tag". PdfPig exposes marked content but
/// no structure-tree reader, so the tree is walked here from the catalog with the token scanner.
/// </summary>
internal sealed class StructTreeIndex
{
    /// <summary>Bounds the walk so a hostile or cyclic tree cannot hang the conversion.</summary>
    private const int MaxElements = 500_000;
    private const int MaxDepth = 256;

    private static readonly HashSet<string> InlineRoles =
        ["Span", "Link", "Em", "Strong", "Reference", "Annot", "NonStruct", "Quote", "Note", "Lbl", "LBody", "BibEntry", "Code", "Formula"];

    private readonly Dictionary<int, Dictionary<int, StructTag>> byPage = [];
    private readonly IPdfTokenScanner scanner;
    private readonly Dictionary<IndirectReference, int> pageNumbers;
    private readonly Dictionary<string, string> roleMap = new(StringComparer.Ordinal);
    private readonly HashSet<IndirectReference> visited = [];
    private readonly List<(int Page, double Left, double Bottom, double Right, double Top, string Alt)> figures = [];
    private int elementCount;
    private int contentCount;

    private StructTreeIndex(IPdfTokenScanner scanner, Dictionary<IndirectReference, int> pageNumbers)
    {
        this.scanner = scanner;
        this.pageNumbers = pageNumbers;
    }

    /// <summary>Number of pieces of tagged content found.</summary>
    public int Count => byPage.Values.Sum(p => p.Count);

    /// <summary>Reads the tree, or returns null when the PDF is untagged or its tree is unreadable.</summary>
    public static StructTreeIndex? TryRead(PdfDocument document)
    {
        try
        {
            var catalog = document.Structure.Catalog.CatalogDictionary;
            var scanner = document.Structure.TokenScanner;
            if (PdfTokens.Get(catalog, "StructTreeRoot", scanner) is not DictionaryToken root)
            {
                return null;
            }

            var index = new StructTreeIndex(scanner, PageReferences.Read(catalog, scanner));
            index.ReadRoleMap(root);
            index.Walk(PdfTokens.Get(root, "K", scanner), new Context("Document", -1, null, 0, -1, -1, 0), 0);
            return index.Count > 0 ? index : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A broken tree only costs the tag evidence; layout analysis still converts the document.
            return null;
        }
    }

    public IReadOnlyDictionary<int, StructTag>? ForPage(int page) => byPage.GetValueOrDefault(page);

    /// <summary>
    /// Figures with /Alt located only by their layout /BBox (PDF coordinates): LibreOffice tags the image itself as
    /// an artifact and gives the Figure element no content, just its box and alternative text.
    /// </summary>
    public IReadOnlyList<(double Left, double Bottom, double Right, double Top, string Alt)> FiguresOnPage(int page) =>
        figures.Where(f => f.Page == page).Select(f => (f.Left, f.Bottom, f.Right, f.Top, f.Alt)).ToList();

    private void ReadRoleMap(DictionaryToken root)
    {
        if (PdfTokens.Get(root, "RoleMap", scanner) is not DictionaryToken map)
        {
            return;
        }

        foreach (var (key, value) in map.Data)
        {
            if (PdfTokens.Resolve(value, scanner) is NameToken name)
            {
                roleMap[key] = name.Data;
            }
        }
    }

    private string StandardRole(string role)
    {
        // Role maps may chain (custom → custom → standard); a few hops suffice and stop cycles.
        for (var i = 0; i < 5 && roleMap.TryGetValue(role, out var mapped); i++)
        {
            role = mapped;
        }

        return role;
    }

    private void Walk(IToken? kids, Context context, int depth)
    {
        if (kids == null || depth > MaxDepth || elementCount > MaxElements)
        {
            return;
        }

        switch (kids)
        {
            case ArrayToken array:
                foreach (var kid in array.Data)
                {
                    WalkKid(kid, context, depth, array.Data.Count == 1);
                }

                break;
            default:
                WalkKid(kids, context, depth, true);
                break;
        }
    }

    private void WalkKid(IToken kid, Context context, int depth, bool onlyKid)
    {
        if (kid is IndirectReferenceToken reference && !visited.Add(reference.Data))
        {
            return;
        }

        switch (PdfTokens.Resolve(kid, scanner))
        {
            case NumericToken mcid:
                Record(context.Page, mcid.Int, context);
                break;
            case DictionaryToken dict when dict.ContainsKey(NameToken.S):
                WalkElement(dict, context, depth, onlyKid);
                break;
            case DictionaryToken dict when PdfTokens.Get(dict, "MCID", scanner) is NumericToken mcid:
                var page = PdfTokens.PageOf(dict, context.Page, pageNumbers);
                Record(page, mcid.Int, context);
                break;
        }
    }

    private void WalkElement(DictionaryToken element, Context parent, int depth, bool onlyKid)
    {
        elementCount++;
        var role = StandardRole(PdfTokens.GetString(element, "S", scanner) ?? "");
        var id = elementCount;
        var page = PdfTokens.PageOf(element, parent.Page, pageNumbers);
        var alt = PdfTokens.GetString(element, "Alt", scanner) ?? PdfTokens.GetString(element, "ActualText", scanner);
        Context context;
        if (role == "NonStruct" && (parent.GridLevel > 0 || (parent.TableId < 0 && LayoutGridShape.IsGrid(element, scanner, StandardRole))))
        {
            context = GridContext(parent, id, page);
        }
        else if (InlineRoles.Contains(role) && parent.ElementId >= 0 && role is not ("Lbl" or "LBody") && !(role == "Code" && IsCodeBlock(parent, onlyKid)))
        {
            context = parent with { Page = page, Alt = parent.Alt ?? (role == "Formula" ? alt : null) };
        }
        else
        {
            context = role switch
            {
                "L" => parent with { Page = page, ListDepth = parent.ListDepth + 1 },
                "Table" => parent with { Page = page, TableId = id, Role = "Table", ElementId = id, RowId = -1, CellId = -1, HeaderCell = false, LayoutGrid = false, GridLevel = 0 },
                "TR" => parent with { Page = page, RowId = id, CellId = -1 },
                "TD" or "TH" => parent with { Page = page, Role = role, ElementId = id, CellId = id, HeaderCell = role == "TH" },
                "Lbl" or "LBody" => parent with { Page = page },
                "Figure" => parent with { Page = page, Role = role, ElementId = id, Alt = alt },
                _ => parent with { Page = page, Role = role, ElementId = id },
            };
        }

        if (role == "Figure" && !string.IsNullOrWhiteSpace(alt) && PdfTokens.LayoutBox(element, scanner) is { } box)
        {
            figures.Add((page, box[0], box[1], box[2], box[3], alt));
        }

        Walk(PdfTokens.Get(element, "K", scanner), context, depth + 1);
    }

    /// <summary>
    /// Code is inline (a P's &lt;code&gt;) unless it alone fills a grouping element: Chromium tags &lt;pre&gt;&lt;code&gt; as a
    /// Code element that is the only kid of the pre's NonStruct. As a block of its own it is told apart from the
    /// grouping text around it (a definition term, a note) and read as code whatever its typeface.
    /// </summary>
    private static bool IsCodeBlock(Context parent, bool onlyKid) =>
        onlyKid && parent.TableId < 0 && parent.Role is "NonStruct" or "Div" or "Document" or "Sect" or "Part" or "Art";

    private void Record(int page, int mcid, Context context)
    {
        if (page <= 0)
        {
            return;
        }

        if (!byPage.TryGetValue(page, out var map))
        {
            map = [];
            byPage[page] = map;
        }

        map.TryAdd(mcid, new StructTag(context.Role, context.ElementId, context.Alt, context.ListDepth, context.TableId, context.RowId,
            context.CellId, context.HeaderCell, context.LayoutGrid) { Order = contentCount++ });
    }

    /// <summary>
    /// A NonStruct grid keeps its parent's role (it stays what it was should the geometry not confirm a table) and
    /// only marks its levels: the grid, its rows, their cells, then everything inside a cell.
    /// </summary>
    private static Context GridContext(Context parent, int id, int page) => parent.GridLevel switch
    {
        0 => parent with { Page = page, TableId = id, RowId = -1, CellId = -1, LayoutGrid = true, GridLevel = 1 },
        1 => parent with { Page = page, RowId = id, GridLevel = 2 },
        2 => parent with { Page = page, CellId = id, GridLevel = 3 },
        _ => parent with { Page = page },
    };

    private sealed record Context(string Role, int ElementId, string? Alt, int ListDepth, int TableId, int RowId, int Page)
    {
        public int CellId { get; init; } = -1;
        public bool HeaderCell { get; init; }
        public bool LayoutGrid { get; init; }

        /// <summary>Inside a NonStruct grid: 1 in the grid, 2 in a row, 3 in a cell; 0 elsewhere.</summary>
        public int GridLevel { get; init; }
    }
}
