using System.Security.Cryptography;
using System.Text.Json;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace EqualifyPdf.Conversion.Bench;

/// <summary>
/// The measured sets: the committed corpus (born-digital and scanned apart) and a 500-page born-digital document
/// made by merging corpus pages, so it has real course-material text on every page.
/// </summary>
public static class Workloads
{
    /// <summary>Pages in the large document.</summary>
    public const int LargePages = 500;

    private static readonly Lazy<string> Corpus = new(FindCorpus);

    /// <summary>Row label of the 100 MB file (peak memory reported, no speed target of its own).</summary>
    public const string LargeFileName = "100 MB PDF";

    /// <summary>The file each child converts once before timing.</summary>
    public static string WarmupFile => CorpusFiles("born-digital")[0].Path;

    /// <summary>Builds (or reuses) every workload.</summary>
    public static IReadOnlyList<Workload> Create(TextWriter log)
    {
        var born = CorpusFiles("born-digital");
        var scanned = CorpusFiles("scanned");
        var large = LargeDocument(born, log);
        var workloads = new List<Workload>
        {
            new("corpus, born-digital", born.Select(f => f.Path).ToList(), born.Sum(f => f.Pages), IsOcr: false, Repeats: 5),
            new("corpus, scanned (OCR)", scanned.Select(f => f.Path).ToList(), scanned.Sum(f => f.Pages), IsOcr: true, Repeats: 1),
            new($"{LargePages}-page born-digital", [large], LargePages, IsOcr: false, Repeats: 3),
        };

        // Issue 14's development corpus beside the checkout (real documentation from four producers), when present.
        var shared = Path.GetFullPath(Path.Combine(Corpus.Value, "..", "..", "..", "shared", "conversion-corpus", "pdf"));
        var sharedFiles = Directory.Exists(shared) ? Directory.GetFiles(shared, "*.pdf").Order(StringComparer.Ordinal).ToList() : [];
        if (sharedFiles.Count > 0)
        {
            var pages = PageCount(sharedFiles);
            workloads.Add(new($"shared corpus ({sharedFiles.Count} PDFs)", sharedFiles, pages, IsOcr: false, Repeats: 3));
            workloads.Add(new($"convert CLI, cold, shared corpus", sharedFiles, pages, IsOcr: false, Repeats: 1, IsColdProcess: true));
            AddAllCores(workloads, "convert CLI, cold, shared corpus", sharedFiles, pages);
            var huge = LargeFileDocument.Create(sharedFiles, log);
            var megabytes = new FileInfo(huge.Path).Length / 1024.0 / 1024.0;
            workloads.Add(new(F($"{LargeFileName} ({megabytes:0} MB, {huge.Pages} pages)"), [huge.Path], huge.Pages, IsOcr: false, Repeats: 1));
        }
        else
        {
            log.WriteLine($"no shared corpus at {shared}: its rows are left out");
        }

        workloads.Add(new("convert CLI, cold, born-digital corpus", born.Select(f => f.Path).ToList(), born.Sum(f => f.Pages), IsOcr: false, Repeats: 1, IsColdProcess: true));
        AddAllCores(workloads, "convert CLI, cold, born-digital corpus", born.Select(f => f.Path).ToList(), born.Sum(f => f.Pages));
        return workloads;
    }

    /// <summary>
    /// The same cold process on every core of the machine with <c>--jobs</c> that many: what a command-line user sees.
    /// pdftotext stays one process per file, one after another (a shell loop); on a loaded machine this row is noisy.
    /// </summary>
    private static void AddAllCores(List<Workload> workloads, string name, List<string> files, int pages)
    {
        if (ThreadAffinity.Cores > 1)
        {
            workloads.Add(new(F($"{name}, {ThreadAffinity.Cores} cores (--jobs {ThreadAffinity.Cores})"), files, pages, IsOcr: false, Repeats: 1, IsColdProcess: true, Cores: ThreadAffinity.Cores));
        }
    }

    /// <summary>The repository root (above <c>tests/corpus</c>).</summary>
    public static string RepoRoot => Path.GetFullPath(Path.Combine(Corpus.Value, "..", ".."));

    /// <summary>Total pages of <paramref name="files"/>.</summary>
    public static int PageCount(IEnumerable<string> files) => files.Sum(f =>
    {
        using var pdf = PdfDocument.Open(f);
        return pdf.NumberOfPages;
    });

    private static List<(string Path, int Pages)> CorpusFiles(string kind)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus.Value, "manifest.json")));
        return manifest.RootElement.GetProperty("documents").EnumerateArray()
            .Where(d => d.GetProperty("kind").GetString() == kind)
            .Select(d => (Path.Combine(Corpus.Value, d.GetProperty("pdf").GetString()!), d.GetProperty("pages").GetInt32()))
            .ToList();
    }

    private static string LargeDocument(List<(string Path, int Pages)> born, TextWriter log)
    {
        // Keyed by the manifest's hash so a regenerated corpus never reuses a stale merge.
        var manifest = File.ReadAllBytes(Path.Combine(Corpus.Value, "manifest.json"));
        var key = Convert.ToHexString(SHA256.HashData(manifest))[..12];
        var target = Path.Combine(Path.GetTempPath(), "equalifypdf-bench", $"born-digital-{LargePages}-{key}.pdf");
        if (File.Exists(target) && PageCount([target]) == LargePages)
        {
            return target;
        }

        log.WriteLine($"building {target} from corpus pages...");
        var files = new List<byte[]>();
        var pages = new List<IReadOnlyList<int>>();
        var total = 0;
        for (var i = 0; total < LargePages; i = (i + 1) % born.Count)
        {
            var take = Math.Min(born[i].Pages, LargePages - total);
            files.Add(File.ReadAllBytes(born[i].Path));
            pages.Add(Enumerable.Range(1, take).ToList());
            total += take;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".partial";
        File.WriteAllBytes(temporary, PdfMerger.Merge(files, pages));
        File.Move(temporary, target, overwrite: true);
        return target;
    }

    private static string F(FormattableString s) => s.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string FindCorpus()
    {
        var root = Environment.GetEnvironmentVariable("EQUALIFYPDF_REPO_ROOT");
        if (!string.IsNullOrEmpty(root))
        {
            return Path.Combine(root, "tests", "corpus");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "tests", "corpus");
            if (File.Exists(Path.Combine(corpus, "manifest.json")))
            {
                return corpus;
            }
        }

        throw new DirectoryNotFoundException($"tests/corpus/manifest.json not found above {AppContext.BaseDirectory}");
    }
}
