using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace EqualifyPdf.Testing;

/// <summary>Real PDFs built with PdfPig's writer: clean course text, or text holding student PII.</summary>
internal static class TestPdfs
{
    private static readonly string[] Topics =
    [
        "Thermodynamics", "Kinematics", "Optics", "Electrostatics", "Acoustics", "Fluid dynamics", "Relativity", "Magnetism",
    ];

    /// <summary>Distinct text on every page, so nothing looks like a running header the converter would drop.</summary>
    public static byte[] Clean(int pages = 1) => Build(pages, page => [
        $"Lecture {page}: {Topics[(page - 1) % Topics.Length]}",
        $"This lecture on {Topics[(page - 1) % Topics.Length].ToLowerInvariant()} builds on the exercises of lecture {page - 1}.",
        $"Exercise {page}: solve problem set {page * 3} before the tutorial.",
    ]);

    public static byte[] WithPii() => Build(1, _ => [
        "Grade report for the autumn term",
        "Student: Maria Gonzalez, student email maria.gonzalez@example.edu, phone (617) 555-0147.",
        "Social Security Number: 123-45-6789. Final grade: B+.",
    ]);

    private static byte[] Build(int pages, Func<int, string[]> lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var page = 1; page <= pages; page++)
        {
            var pdfPage = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var line in lines(page))
            {
                pdfPage.AddText(line, 11, new PdfPoint(50, y), font);
                y -= 20;
            }
        }

        return builder.Build();
    }
}
