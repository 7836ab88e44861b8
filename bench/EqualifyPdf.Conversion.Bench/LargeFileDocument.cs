using UglyToad.PdfPig.Writer;

namespace EqualifyPdf.Conversion.Bench;

/// <summary>
/// A PDF of at least <see cref="TargetBytes"/> for the memory row: whole shared-corpus documents (real pages with
/// their embedded fonts, the densest in bytes per page first) merged until the file is that large, within the
/// converter's page limit. Cached under <c>$TMPDIR/equalifypdf-bench/</c> and keyed by the chosen files.
/// </summary>
public static class LargeFileDocument
{
    /// <summary>Size the merged file must reach: issue 14 asks for the peak memory of a 100 MB PDF.</summary>
    public const long TargetBytes = 100L * 1024 * 1024;

    /// <summary>Stays under <c>ConversionOptions.MaxPages</c> (2000) so the file is converted, not refused.</summary>
    private const int MaxPages = 1900;

    /// <summary>
    /// How many of the densest documents are repeated: the corpus averages ~14 KB a page, so 100 MB within the page
    /// limit needs its two-column Chromium prints (50–75 KB a page, fonts embedded per document).
    /// </summary>
    private const int Densest = 2;

    /// <summary>Builds (or reuses) the file from <paramref name="sources"/>; null when they cannot reach the size.</summary>
    public static (string Path, int Pages)? Create(IReadOnlyList<string> sources, TextWriter log)
    {
        var dense = sources
            .Select(f => (Path: f, Bytes: new FileInfo(f).Length, Pages: Workloads.PageCount([f])))
            .OrderByDescending(f => (double)f.Bytes / f.Pages)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        var chosen = new List<(string Path, long Bytes, int Pages)>();
        long bytes = 0;
        var pages = 0;
        // Each copy of a document brings its own fonts, so repeating the densest documents reaches the size in the fewest pages.
        for (var i = 0; bytes < TargetBytes + (TargetBytes / 20) && dense.Count > 0; i = (i + 1) % Math.Min(dense.Count, Densest))
        {
            if (pages + dense[i].Pages > MaxPages)
            {
                return null;
            }

            chosen.Add(dense[i]);
            bytes += dense[i].Bytes;
            pages += dense[i].Pages;
        }

        var key = $"{chosen.Count}-{pages}-{bytes}";
        var target = Path.Combine(Path.GetTempPath(), "equalifypdf-bench", $"large-file-{key}.pdf");
        if (!File.Exists(target))
        {
            log.WriteLine($"building {target} from {chosen.Count} shared-corpus documents...");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = target + ".partial";
            File.WriteAllBytes(temporary, PdfMerger.Merge(chosen.Select(c => File.ReadAllBytes(c.Path)).ToList()));
            File.Move(temporary, target, overwrite: true);
        }

        return new FileInfo(target).Length >= TargetBytes ? (target, Workloads.PageCount([target])) : null;
    }
}
