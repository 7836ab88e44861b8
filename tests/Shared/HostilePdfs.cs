using System.IO.Compression;
using System.Text;

namespace EqualifyPdf.Testing;

/// <summary>Hostile PDFs generated on the fly (never committed): each attacks the parser or the converter.</summary>
internal static class HostilePdfs
{
    private const string Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private static readonly Lazy<byte[]> Bomb = new(() => FlateImage(30_000));

    /// <summary>A decompression bomb: one 30,000 × 30,000 Flate image, 900 MB decoded, in a PDF of about 1 MB.</summary>
    public static byte[] DecompressionBomb => Bomb.Value;

    /// <summary>One page covered by a <paramref name="side"/>² Flate image of zeros (grey, or RGB with <paramref name="rgb"/>).</summary>
    public static byte[] FlateImage(int side, bool rgb = false)
    {
        var pdf = new RawPdf();
        var image = pdf.AddStream(
            $"/Type /XObject /Subtype /Image /Width {side} /Height {side} /ColorSpace /{(rgb ? "DeviceRGB" : "DeviceGray")} /BitsPerComponent 8 /Filter /FlateDecode",
            DeflatedZeros((long)side * side * (rgb ? 3 : 1)));
        var content = pdf.AddStream("", Encoding.Latin1.GetBytes("q 595 0 0 842 0 0 cm /Im1 Do Q"));
        return OnePage(pdf, content, $"<< /XObject << /Im1 {image} 0 R >> >>");
    }

    /// <summary>A page tree whose root lists itself among its kids.</summary>
    public static byte[] SelfReferencingPageTree()
    {
        var pdf = new RawPdf();
        var font = pdf.Add(Helvetica);
        var content = pdf.AddStream("", Encoding.Latin1.GetBytes("BT /F1 12 Tf 72 720 Td (Looping page tree) Tj ET"));
        var pages = pdf.Reserve();
        var page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{pages} 0 R {page} 0 R] /Count 2 >>");
        var catalog = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf.Build(catalog);
    }

    /// <summary>
    /// A page painted in a Separation colour whose Type 4 (PostScript calculator) tint transform nests
    /// <paramref name="depth"/> procedures: PdfPig parses them recursively without a depth limit, so opening the page
    /// overflows the stack, which .NET cannot catch (PdfPig issue #1421).
    /// </summary>
    public static byte[] DeeplyNestedFunction(int depth = 20_000)
    {
        var pdf = new RawPdf();
        // Each level runs the next through 'if', so evaluating the tint recurses once per level.
        var program = new StringBuilder("{ ");
        for (var i = 0; i < depth; i++)
        {
            program.Append("true { ");
        }

        for (var i = 0; i < depth; i++)
        {
            program.Append("} if ");
        }

        program.Append("pop 0 0 0 }");
        var function = pdf.AddStream("/FunctionType 4 /Domain [0 1] /Range [0 1 0 1 0 1]", Encoding.Latin1.GetBytes(program.ToString()));
        var font = pdf.Add(Helvetica);
        var content = pdf.AddStream("", Encoding.Latin1.GetBytes("/CS1 cs 1 scn 0 0 100 100 re f BT /F1 12 Tf 72 720 Td (Nested) Tj ET"));
        return OnePage(pdf, content, $"<< /ColorSpace << /CS1 [/Separation /Spot /DeviceRGB {function} 0 R] >> /Font << /F1 {font} 0 R >> >>");
    }

    private static byte[] OnePage(RawPdf pdf, int content, string resources)
    {
        var pages = pdf.Reserve();
        var page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R /Resources {resources} >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        var catalog = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf.Build(catalog);
    }

    private static byte[] DeflatedZeros(long count)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            for (var left = count; left > 0; left -= chunk.Length)
            {
                zlib.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
            }
        }

        return output.ToArray();
    }
}
