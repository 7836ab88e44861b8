using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace EqualifyPdf.Pii.Tests.Pdf;

/// <summary>Typesets plain text into a PDF with a standard-14 font, one page per chunk of text.</summary>
internal static class CorpusPdf
{
    private const double FontSize = 8;
    private const double LineHeight = 10;
    private const double Margin = 36;

    public static byte[] Build(IEnumerable<string> pageChunks)
    {
        var builder = new PdfDocumentBuilder();
        // Courier keeps the roster columns aligned, as a registrar's export would be.
        var font = builder.AddStandard14Font(Standard14Font.Courier);
        foreach (var chunk in pageChunks)
        {
            var page = builder.AddPage(PageSize.Letter, isPortrait: false);
            var y = page.PageSize.Height - Margin;
            foreach (var line in chunk.Split('\n'))
            {
                if (line.Length > 0)
                {
                    page.AddText(line, FontSize, new PdfPoint(Margin, y), font);
                }

                y -= LineHeight;
            }
        }

        return builder.Build();
    }

    /// <summary>Splits text into chunks of at most <paramref name="linesPerPage"/> lines.</summary>
    public static IEnumerable<string> Paginate(string text, int linesPerPage) =>
        text.Split('\n').Chunk(linesPerPage).Select(lines => string.Join('\n', lines));
}
