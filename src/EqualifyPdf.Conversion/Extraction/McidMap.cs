using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace EqualifyPdf.Conversion.Extraction;

/// <summary>
/// Maps letters (and image placements) to the marked-content id (MCID) that encloses them, to join page content with
/// the structure tree's tags.
/// </summary>
/// <remarks>
/// A show-text operation cannot straddle a BDC/EMC, so the letters one operation paints (one
/// <see cref="Letter.TextSequence"/>) share their MCID: the map keeps one entry per operation rather than one per
/// letter. The per-letter dictionary it replaces passed the large-object threshold on dense pages and was rebuilt for
/// every tagged page, which drove extra full collections. Should a sequence still hold letters of two MCIDs (a
/// malformed stream), the letters of that sequence alone are looked up one by one.
/// </remarks>
internal sealed class McidMap
{
    private readonly Dictionary<int, int> bySequence = [];
    private HashSet<int>? mixedSequences;
    private Dictionary<Letter, int>? byLetter;

    public List<(PdfRectangle Bounds, int Mcid)> Images { get; } = [];

    public static McidMap Build(Page page)
    {
        var map = new McidMap();
        var elements = page.GetMarkedContents();
        foreach (var element in elements)
        {
            map.Visit(element, -1, mixedPass: false);
        }

        if (map.mixedSequences != null)
        {
            foreach (var element in elements)
            {
                map.Visit(element, -1, mixedPass: true);
            }
        }

        return map;
    }

    /// <summary>The MCID of the marked content that encloses <paramref name="letter"/>, or -1.</summary>
    public int Of(Letter letter)
    {
        var sequence = letter.TextSequence;
        if (mixedSequences != null && mixedSequences.Contains(sequence))
        {
            return byLetter!.TryGetValue(letter, out var own) ? own : -1;
        }

        return bySequence.TryGetValue(sequence, out var mcid) ? mcid : -1;
    }

    /// <summary>Records that <paramref name="letter"/> lies in marked content <paramref name="mcid"/>; the first record of a letter wins.</summary>
    internal void Add(Letter letter, int mcid)
    {
        if (!bySequence.TryAdd(letter.TextSequence, mcid) && bySequence[letter.TextSequence] != mcid)
        {
            (mixedSequences ??= []).Add(letter.TextSequence);
        }
    }

    /// <summary>Second pass, only when some sequence holds two MCIDs: records those sequences' letters one by one.</summary>
    internal void AddMixed(Letter letter, int mcid)
    {
        if (mixedSequences!.Contains(letter.TextSequence))
        {
            (byLetter ??= new(ReferenceEqualityComparer.Instance)).TryAdd(letter, mcid);
        }
    }

    // The first pass (mixedPass false) records one MCID per show-text operation, and the images; the second, run only
    // when some operation held two MCIDs, records the letters of those operations one by one.
    private void Visit(MarkedContentElement element, int inherited, bool mixedPass)
    {
        var mcid = element.MarkedContentIdentifier >= 0 ? element.MarkedContentIdentifier : inherited;
        if (mcid >= 0)
        {
            foreach (var letter in element.Letters)
            {
                if (mixedPass)
                {
                    AddMixed(letter, mcid);
                }
                else
                {
                    Add(letter, mcid);
                }
            }

            if (!mixedPass)
            {
                foreach (var image in element.Images)
                {
                    Images.Add((image.BoundingBox, mcid));
                }
            }
        }

        foreach (var child in element.Children)
        {
            Visit(child, mcid, mixedPass);
        }
    }
}
