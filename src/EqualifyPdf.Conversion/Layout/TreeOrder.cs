using EqualifyPdf.Conversion.Extraction;
using EqualifyPdf.Conversion.Tagged;

namespace EqualifyPdf.Conversion.Layout;

/// <summary>
/// Puts a tagged page's regions in the structure tree's order. Geometry finds the columns, but a line that
/// overflows the gutter (a long link, a wide code line) or a tall table beside the other column makes one band of
/// both columns, read row by row; the tree knows the author's order. Each item takes the tree position of its
/// first content; items the tree does not know (figures, artifacts) follow the item before them. The tree is used
/// only when it agrees with the geometry inside most regions, so a tree built in some other order changes nothing.
/// </summary>
internal static class TreeOrder
{
    /// <summary>Share of a page's text lines the tree must place before its order is used.</summary>
    private const double MinCoverage = 0.8;

    /// <summary>Share of consecutive lines inside a region whose tree order must run top to bottom.</summary>
    private const double MinAgreement = 0.9;

    /// <summary>How far down a region to look for the next line of the same column.</summary>
    private const int LookAhead = 8;

    public static List<List<LayoutItem>> Apply(List<List<LayoutItem>> regions, IReadOnlyDictionary<int, StructTag> tags, IReadOnlyList<TextLine> lines)
    {
        var tables = TableOrders(lines, tags);
        var flat = new List<(LayoutItem Item, int Region, int? Key)>();
        for (var r = 0; r < regions.Count; r++)
        {
            flat.AddRange(regions[r].Select(i => (i, r, KeyOf(i, tags, tables))));
        }

        var textLines = flat.Where(f => f.Item.Kind == LayoutKind.Line).ToList();
        if (textLines.Count < 2 || textLines.Count(f => f.Key != null) < MinCoverage * textLines.Count || !AgreesWithRegions(flat))
        {
            return regions;
        }

        // Unknown items keep their place after the item before them; ties keep the geometric order.
        var keys = new int[flat.Count];
        var last = int.MinValue;
        for (var i = 0; i < flat.Count; i++)
        {
            last = keys[i] = flat[i].Key ?? last;
        }

        var order = Enumerable.Range(0, flat.Count).OrderBy(i => keys[i]).ThenBy(i => i).ToList();
        if (order.SequenceEqual(Enumerable.Range(0, flat.Count)))
        {
            return regions;
        }

        // A region is cut where the tree leaves it (the rest of it reads later, as a region of its own) and where
        // the tree moves from one column of it to the other (a band the geometry could not split).
        var output = new List<List<LayoutItem>>();
        for (var n = 0; n < order.Count; n++)
        {
            var i = order[n];
            var previous = n == 0 ? -1 : order[n - 1];
            if (previous < 0 || flat[i].Region != flat[previous].Region || !SharesWidth(flat[i].Item, flat[previous].Item))
            {
                output.Add([]);
            }

            output[^1].Add(flat[i].Item);
        }

        return output;
    }

    /// <summary>
    /// Whether the tree reads each column top to bottom: true of a tree in reading order, false of one that lists
    /// content by some other rule (all headings first, say), whose order the page should not take. Each line is
    /// compared with the next line below it in its region that shares some of its width.
    /// </summary>
    private static bool AgreesWithRegions(List<(LayoutItem Item, int Region, int? Key)> flat)
    {
        int pairs = 0, agree = 0;
        for (var i = 0; i < flat.Count; i++)
        {
            if (flat[i].Key is not { } a)
            {
                continue;
            }

            for (var j = i + 1; j < flat.Count && j <= i + LookAhead && flat[j].Region == flat[i].Region; j++)
            {
                var (x, y) = (flat[i].Item, flat[j].Item);
                if (SharesWidth(x, y) && y.Top >= x.Top)
                {
                    if (flat[j].Key is { } b)
                    {
                        pairs++;
                        agree += b >= a ? 1 : 0;
                    }

                    break;
                }
            }
        }

        return pairs == 0 || agree >= MinAgreement * pairs;
    }

    private static bool SharesWidth(LayoutItem a, LayoutItem b) => a.Left < b.Right && b.Left < a.Right;

    private static int? KeyOf(LayoutItem item, IReadOnlyDictionary<int, StructTag> tags, Dictionary<int, int> tables) => item.Kind switch
    {
        LayoutKind.Line => FirstOrder(item.Line!.Words, tags),
        LayoutKind.Table when item.Table is { TagTableId: >= 0 } t && tables.TryGetValue(t.TagTableId, out var key) => key,
        _ => null,
    };

    private static int? FirstOrder(IEnumerable<TextWord> words, IReadOnlyDictionary<int, StructTag> tags)
    {
        int? first = null;
        foreach (var w in words)
        {
            if (w.Mcid >= 0 && tags.TryGetValue(w.Mcid, out var tag) && (first == null || tag.Order < first))
            {
                first = tag.Order;
            }
        }

        return first;
    }

    /// <summary>The first tree position of each tagged table's content on the page.</summary>
    private static Dictionary<int, int> TableOrders(IReadOnlyList<TextLine> lines, IReadOnlyDictionary<int, StructTag> tags)
    {
        var result = new Dictionary<int, int>();
        foreach (var w in lines.SelectMany(l => l.Words))
        {
            if (w.Mcid >= 0 && tags.TryGetValue(w.Mcid, out var tag) && tag.TableId >= 0)
            {
                result[tag.TableId] = Math.Min(result.GetValueOrDefault(tag.TableId, int.MaxValue), tag.Order);
            }
        }

        return result;
    }
}
