using System.CommandLine;
using System.Text.Json;
using EqualifyPdf.Cli.Hosting;
using EqualifyPdf.Cli.Rendering;
using EqualifyPdf.Conversion;
using EqualifyPdf.Pii;
using EqualifyPdf.Pii.Model;

namespace EqualifyPdf.Cli.Commands;

/// <summary>
/// <c>pii &lt;file.pdf|file.txt&gt;... [--json DIR]</c>: prints each file's verdict and counts per entity type, and
/// optionally writes <c>DIR/&lt;name&gt;.json</c>. Only masked snippets ever leave the scanner, so nothing printed or
/// written holds a raw value. A bad file gets one line on stderr and the others are still scanned.
/// </summary>
internal static class PiiCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>Runs <c>pii</c> with <paramref name="args"/> (the words after <c>pii</c>) and plain output.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        CliApp.Run(["pii", .. args], new CliEnvironment(stdout, stderr));

    /// <summary>The <c>pii</c> command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "The .pdf or .txt files to scan." };
        CommandLineChecks.RejectOptionLikeValues(files);
        var json = new Option<string>("--json") { HelpName = "dir", Description = "Also write <dir>/<name>.json with every finding (masked)." };
        var command = new Command("pii", "Scan files for personal data (the service's PII gate) on this machine.") { files, json };
        command.SetAction(parse =>
        {
            var jsonDir = parse.GetValue(json);
            if (jsonDir is not null)
            {
                Directory.CreateDirectory(jsonDir);
            }

            var paths = parse.GetRequiredValue(files);
            return ProgressBoards.Run(env, board =>
            {
                var bar = board.Add("files", paths.Length);
                var failures = 0;
                foreach (var file in paths)
                {
                    bar.Describe($"files: {Path.GetFileName(file)}");
                    failures += ScanOne(env, file, jsonDir) ? 0 : 1;
                    bar.Increment(1);
                }

                bar.Describe("files");
                return failures == 0 ? ExitCodes.Ok : ExitCodes.Failed;
            });
        });
        return command;
    }

    private static bool ScanOne(CliEnvironment env, string file, string? jsonDir)
    {
        PiiReport report;
        try
        {
            report = PiiScanner.ScanPages(ReadPages(file));
        }
        catch (Exception e) when (e is ConversionException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            env.Error.WriteLine($"{file}: {OneLine(e.Message)}");
            return false;
        }

        env.WriteLine(Describe(file, report));
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

    private static void WriteJson(string path, PiiReport report)
    {
        var document = new JsonReport(
            report.Verdict == PiiVerdict.NeedsReview ? "needs_review" : "clean",
            [.. report.Findings.Select(f => new JsonFinding(f.EntityType, f.Page, f.Start, f.End, f.Score, f.Snippet, f.TriggersReview, f.Reason))]);
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(document, Json));
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private sealed record JsonReport(string Verdict, IReadOnlyList<JsonFinding> Findings);

    private sealed record JsonFinding(string EntityType, int Page, int Start, int End, double Score, string Snippet, bool TriggersReview, string Reason);
}
