using System.Runtime.CompilerServices;
using System.Text.Json;
using EqualifyPdf.Conversion;
using EqualifyPdf.Pii;
using EqualifyPdf.Pii.Model;

[assembly: InternalsVisibleTo("EqualifyPdf.Pii.Tests")]

namespace EqualifyPdf.Cli.Commands;

/// <summary>
/// <c>pii &lt;file.pdf|file.txt&gt;... [--json DIR]</c>: prints each file's verdict and counts per entity type, and
/// optionally writes <c>DIR/&lt;name&gt;.json</c>. Only masked snippets ever leave the scanner, so nothing printed or
/// written holds a raw value. A bad file gets one line on stderr and the others are still scanned.
/// </summary>
internal static class PiiCommand
{
    private const string Usage = "usage: equalify-pdf pii <file.pdf|file.txt>... [--json DIR]";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        string? jsonDir = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json" when i + 1 < args.Length:
                    jsonDir = args[++i];
                    break;
                case var a when a.StartsWith('-'):
                    stderr.WriteLine($"unknown or incomplete option {a}; {Usage}");
                    return 2;
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            stderr.WriteLine(Usage);
            return 2;
        }

        if (jsonDir is not null)
        {
            Directory.CreateDirectory(jsonDir);
        }

        var failures = 0;
        foreach (var file in files)
        {
            failures += ScanOne(file, jsonDir, stdout, stderr) ? 0 : 1;
        }

        return failures == 0 ? 0 : 1;
    }

    private static bool ScanOne(string file, string? jsonDir, TextWriter stdout, TextWriter stderr)
    {
        PiiReport report;
        try
        {
            report = PiiScanner.ScanPages(ReadPages(file));
        }
        catch (Exception e) when (e is ConversionException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            stderr.WriteLine($"{file}: {OneLine(e.Message)}");
            return false;
        }

        stdout.WriteLine(Describe(file, report));
        if (jsonDir is not null)
        {
            WriteJson(Path.Combine(jsonDir, Path.GetFileNameWithoutExtension(file) + ".json"), report);
        }

        return true;
    }

    private static IReadOnlyList<string> ReadPages(string file)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException("file not found", file);
        }

        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension == ".txt")
        {
            return [File.ReadAllText(file)];
        }

        if (extension != ".pdf")
        {
            throw new NotSupportedException($"unsupported file type '{extension}'; expected .pdf or .txt");
        }

        using var stream = File.OpenRead(file);
        return DocumentConverter.ExtractPageTexts(stream);
    }

    private static string Describe(string file, PiiReport report)
    {
        var verdict = report.Verdict == PiiVerdict.NeedsReview ? "needs_review" : "clean";
        var counts = report.CountsByType.Count == 0
            ? "no findings"
            : string.Join(", ", report.CountsByType.Select(kv => $"{kv.Key} {kv.Value}"));
        var pages = report.PagesInvolved.Count == 0 ? string.Empty : $"; pages {string.Join(",", report.PagesInvolved)}";
        return $"{file}: {verdict} ({counts}){pages}";
    }

    // Written to a temporary file and renamed, so an interrupted run never leaves a truncated report behind.
    private static void WriteJson(string path, PiiReport report)
    {
        var document = new JsonReport(
            report.Verdict == PiiVerdict.NeedsReview ? "needs_review" : "clean",
            [.. report.Findings.Select(f => new JsonFinding(f.EntityType, f.Page, f.Start, f.End, f.Score, f.Snippet, f.TriggersReview, f.Reason))]);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(document, Json));
        File.Move(temp, path, overwrite: true);
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private sealed record JsonReport(string Verdict, IReadOnlyList<JsonFinding> Findings);

    private sealed record JsonFinding(string EntityType, int Page, int Start, int End, double Score, string Snippet, bool TriggersReview, string Reason);
}
