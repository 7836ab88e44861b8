using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace EqualifyPdf.Workflow.Tests.Infrastructure;

/// <summary>Small real PDFs made with PdfPig, one string list per page.</summary>
public static class TestPdfs
{
    public static byte[] Build(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            for (var i = 0; i < lines.Length; i++)
            {
                var heading = i == 0;
                page.AddText(lines[i], heading ? 18 : 11, new PdfPoint(60, y), heading ? bold : font);
                y -= heading ? 36 : 16;
            }
        }

        return builder.Build();
    }
}
