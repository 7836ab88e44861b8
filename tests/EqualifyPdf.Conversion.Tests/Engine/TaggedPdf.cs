using System.Globalization;
using System.Text;

namespace EqualifyPdf.Conversion.Tests.Engine;

/// <summary>
/// Writes a one-page tagged PDF by hand: text runs as marked content with MCIDs, and a structure tree given as
/// nested elements, so a test states exactly the tree a producer wrote.
/// </summary>
internal sealed class TaggedPdf
{
    private readonly StringBuilder content = new();
    private readonly List<string> elements = [];
    private int nextMcid;

    /// <summary>A structure element: its role and either children or the text runs it marks.</summary>
    public sealed record Element(string Role, IReadOnlyList<Element> Kids, IReadOnlyList<(double X, double Baseline, string Text)> Runs)
    {
        public static Element Of(string role, params Element[] kids) => new(role, kids, []);

        /// <summary>An element marking text runs, each at (x, baseline) measured from the page's top in points.</summary>
        public static Element Text(string role, params (double X, double Baseline, string Text)[] runs) => new(role, [], runs);
    }

    /// <summary>Builds the PDF whose structure tree root holds <paramref name="document"/>.</summary>
    public byte[] Build(Element document)
    {
        // Objects 1-5: catalog, pages, page, font, struct tree root; content stream last, elements in between.
        var rootKid = Add(document);
        var stream = content.ToString();
        return RawPdf.Build(
            "",
            [
                "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R /MarkInfo << /Marked true >> >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents {elements.Count + 6} 0 R /StructParents 0 >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                $"<< /Type /StructTreeRoot /K {rootKid} 0 R >>",
                .. elements,
                $"<< /Length {Encoding.ASCII.GetByteCount(stream)} >>\nstream\n{stream}\nendstream",
            ]);
    }

    private int Add(Element element)
    {
        elements.Add("");
        var index = elements.Count - 1;
        var kids = new List<string>();
        foreach (var kid in element.Kids)
        {
            kids.Add($"{Add(kid)} 0 R");
        }

        foreach (var (x, baseline, text) in element.Runs)
        {
            var mcid = nextMcid++;
            kids.Add(mcid.ToString(CultureInfo.InvariantCulture));
            content.Append(CultureInfo.InvariantCulture, $"/Span << /MCID {mcid} >> BDC BT /F1 10 Tf 1 0 0 1 {x} {842 - baseline} Tm ({text}) Tj ET EMC\n");
        }

        elements[index] = $"<< /Type /StructElem /S /{element.Role} /Pg 3 0 R /K [{string.Join(' ', kids)}] >>";
        return index + 6;
    }
}
