using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace EqualifyPdf.Conversion.Bench;

/// <summary>
/// A PDF of at least <see cref="TargetBytes"/> for the memory row, shaped like a large course PDF: whole shared-corpus
/// documents merged (real pages with their fonts; merging shares what repeats, so text alone stays near 35 MB within
/// the page limit) followed by full-page photographs (incompressible pixels, as a photo's JPEG data is) until the
/// file is that large. Cached under <c>$TMPDIR/equalifypdf-bench/</c> and keyed by its recipe.
/// </summary>
public static class LargeFileDocument
{
    /// <summary>Size the file must reach: issue 14 asks for the peak memory of a 100 MB PDF.</summary>
    public const long TargetBytes = 100L * 1024 * 1024;

    /// <summary>Text pages, within <c>ConversionOptions.MaxPages</c> (2000) together with the photo pages.</summary>
    private const int TextPages = 1500;

    /// <summary>Each photo page: 1600 × 1200 RGB, 5.8 MB of pixels.</summary>
    private const int PhotoWidth = 1600, PhotoHeight = 1200;

    /// <summary>Builds (or reuses) the file from <paramref name="sources"/>.</summary>
    public static (string Path, int Pages) Create(IReadOnlyList<string> sources, TextWriter log)
    {
        var chosen = new List<string>();
        for (var (i, pages) = (0, 0); pages < TextPages && sources.Count > 0; i = (i + 1) % sources.Count)
        {
            chosen.Add(sources[i]);
            pages += Workloads.PageCount([sources[i]]);
        }

        var textBytes = chosen.Sum(f => new FileInfo(f).Length);
        var target = Path.Combine(Path.GetTempPath(), "equalifypdf-bench", $"large-file-{chosen.Count}-{textBytes}-{PhotoWidth}x{PhotoHeight}.pdf");
        if (!File.Exists(target))
        {
            log.WriteLine($"building {target}...");
            var text = PdfMerger.Merge(chosen.Select(File.ReadAllBytes).ToList());
            var photoCount = (int)Math.Ceiling((double)Math.Max(0, TargetBytes - text.Length) / (PhotoWidth * PhotoHeight * 3)) + 1;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = target + ".partial";
            File.WriteAllBytes(temporary, PdfMerger.Merge([text, Photos(photoCount)]));
            File.Move(temporary, target, overwrite: true);
        }

        return (target, Workloads.PageCount([target]));
    }

    private static byte[] Photos(int count)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var random = new Random(14);
        for (var i = 0; i < count; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText($"Figure {i + 1}: a photograph.", 10, new UglyToad.PdfPig.Core.PdfPoint(50, 800), font);
            page.AddPng(NoisePng.Create(PhotoWidth, PhotoHeight, random), new UglyToad.PdfPig.Core.PdfRectangle(50, 100, 545, 771));
        }

        return builder.Build();
    }
}
