using System.Text;

namespace EqualifyPdf.Workers.Bench;

/// <summary>
/// Writes a large PDF straight to disk: pages of text, each with a photo-like image of random pixels (raw RGB, so the
/// file is as big as the pixels). Images above the converter's 2 MB embedding limit keep their alt text only, as the
/// photos of a big slide deck would.
/// </summary>
internal static class LargePdf
{
    private const int ImageWidth = 1000;
    private const int ImageHeight = 850;

    public static void Write(string path, int targetMb)
    {
        var imageBytes = ImageWidth * ImageHeight * 3;
        var pages = Math.Max(1, (int)((long)targetMb * 1024 * 1024 / imageBytes));
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var offsets = new List<long>();
        Write(file, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");

        // 1 catalog, 2 pages, 3 font, then per page: page, content, image.
        var pageIds = Enumerable.Range(0, pages).Select(i => 4 + (i * 3)).ToList();
        Add(file, offsets, "<< /Type /Catalog /Pages 2 0 R >>");
        Add(file, offsets, $"<< /Type /Pages /Kids [{string.Join(" ", pageIds.Select(id => $"{id} 0 R"))}] /Count {pages} >>");
        Add(file, offsets, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var random = new Random(7);
        var pixels = new byte[imageBytes];
        for (var i = 0; i < pages; i++)
        {
            var id = pageIds[i];
            Add(file, offsets, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {id + 1} 0 R /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 {id + 2} 0 R >> >> >>");
            var text = $"BT /F1 18 Tf 72 720 Td (Field trip {i + 1}: photographs of the site) Tj ET BT /F1 11 Tf 72 690 Td (Figure {i + 1} shows the excavation on day {i + 1}.) Tj ET q 400 0 0 340 100 300 cm /Im1 Do Q";
            AddStream(file, offsets, "", Encoding.Latin1.GetBytes(text));
            random.NextBytes(pixels);
            AddStream(file, offsets, $"/Type /XObject /Subtype /Image /Width {ImageWidth} /Height {ImageHeight} /ColorSpace /DeviceRGB /BitsPerComponent 8", pixels);
        }

        var xref = file.Position;
        var table = new StringBuilder($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => table.Append($"{o:D10} 00000 n \n"));
        table.Append($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(file, table.ToString());
    }

    /// <summary>Writes <paramref name="pages"/> pages of distinct course text, sharing one font.</summary>
    public static void WriteTextPages(string path, int pages)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var offsets = new List<long>();
        Write(file, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var pageIds = Enumerable.Range(0, pages).Select(i => 4 + (i * 2)).ToList();
        Add(file, offsets, "<< /Type /Catalog /Pages 2 0 R >>");
        Add(file, offsets, $"<< /Type /Pages /Kids [{string.Join(" ", pageIds.Select(id => $"{id} 0 R"))}] /Count {pages} >>");
        Add(file, offsets, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        foreach (var id in pageIds)
        {
            Add(file, offsets, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {id + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
            var n = (id - 2) / 2;
            var text = $"BT /F1 16 Tf 72 720 Td (Lecture {n}: kinematics, part {n}) Tj ET BT /F1 11 Tf 72 690 Td (Solve problem set {n * 3} before the tutorial on day {n}.) Tj ET";
            AddStream(file, offsets, "", Encoding.Latin1.GetBytes(text));
        }

        var xref = file.Position;
        var table = new StringBuilder($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => table.Append($"{o:D10} 00000 n \n"));
        table.Append($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(file, table.ToString());
    }

    private static void Add(FileStream file, List<long> offsets, string body)
    {
        offsets.Add(file.Position);
        Write(file, $"{offsets.Count} 0 obj\n{body}\nendobj\n");
    }

    private static void AddStream(FileStream file, List<long> offsets, string dictionary, byte[] data)
    {
        offsets.Add(file.Position);
        Write(file, $"{offsets.Count} 0 obj\n<< {dictionary} /Length {data.Length} >>\nstream\n");
        file.Write(data);
        Write(file, "\nendstream\nendobj\n");
    }

    private static void Write(FileStream file, string text) => file.Write(Encoding.Latin1.GetBytes(text));
}
