using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace EqualifyPdf.Conversion.Tests.Engine;

/// <summary>
/// Builds small PDFs for engine tests with PdfPig's writer. Coordinates are top-left-origin points on an A4 page,
/// like the engine's model, so a test reads the way the page looks.
/// </summary>
internal sealed class TestPdf
{
    public const double Width = 595;
    public const double Height = 842;

    private readonly PdfDocumentBuilder builder = new();
    private readonly PdfDocumentBuilder.AddedFont regular;
    private readonly PdfDocumentBuilder.AddedFont bold;
    private readonly PdfDocumentBuilder.AddedFont mono;
    private PdfPageBuilder? page;

    public TestPdf()
    {
        regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        mono = builder.AddStandard14Font(Standard14Font.Courier);
    }

    public enum Face
    {
        Regular,
        Bold,
        Mono,
    }

    public TestPdf Page()
    {
        page = builder.AddPage(Width, Height);
        return this;
    }

    /// <summary>Writes <paramref name="text"/> with its baseline at <paramref name="baseline"/> (from the top).</summary>
    public TestPdf Text(double x, double baseline, string text, double size = 11, Face face = Face.Regular)
    {
        var font = face switch { Face.Bold => bold, Face.Mono => mono, _ => regular };
        Current.AddText(text, size, new PdfPoint(x, Height - baseline), font);
        return this;
    }

    /// <summary>Writes lines of text from <paramref name="baseline"/> down, <paramref name="leading"/> apart.</summary>
    public TestPdf Lines(double x, double baseline, IEnumerable<string> lines, double size = 11, double leading = 14, Face face = Face.Regular)
    {
        foreach (var line in lines)
        {
            Text(x, baseline, line, size, face);
            baseline += leading;
        }

        return this;
    }

    public TestPdf Rule(double x1, double y1, double x2, double y2)
    {
        Current.DrawLine(new PdfPoint(x1, Height - y1), new PdfPoint(x2, Height - y2), 0.75);
        return this;
    }

    /// <summary>A filled 4 pt circle centred at (x, y), the way browsers paint a disc bullet.</summary>
    public TestPdf Dot(double x, double y)
    {
        Current.DrawCircle(new PdfPoint(x - 2, Height - y - 2), 4, 0, fill: true);
        return this;
    }

    public TestPdf Link(string uri, double left, double top, double right, double bottom)
    {
        Current.AddLink(uri, new PdfRectangle(left, Height - bottom, right, Height - top));
        return this;
    }

    public TestPdf Png(byte[] png, double left, double top, double right, double bottom)
    {
        Current.AddPng(png, new PdfRectangle(left, Height - bottom, right, Height - top));
        return this;
    }

    public byte[] Build() => builder.Build();

    public MemoryStream Stream() => new(Build());

    private PdfPageBuilder Current => page ?? throw new InvalidOperationException("call Page() first");
}
