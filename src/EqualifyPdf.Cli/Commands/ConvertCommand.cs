using System.Diagnostics;
using System.Runtime.CompilerServices;
using EqualifyPdf.Conversion;

[assembly: InternalsVisibleTo("EqualifyPdf.Conversion.Tests")]

namespace EqualifyPdf.Cli.Commands;

/// <summary>
/// <c>convert &lt;file.pdf&gt;... -o &lt;dir&gt; [--format html,markdown]</c>: converts each file, writing through a temporary
/// file and a rename so a failed or interrupted conversion never leaves a partial output behind.
/// </summary>
internal static class ConvertCommand
{
    private const string Usage = "usage: equalify-pdf convert <file.pdf>... -o <dir> [--format html,markdown]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        string? outDir = null;
        var formats = new HashSet<string>(["html", "markdown"], StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-o" or "--output" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                case "--format" when i + 1 < args.Length:
                    formats = new HashSet<string>(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(f => f.Equals("md", StringComparison.OrdinalIgnoreCase) ? "markdown" : f), StringComparer.OrdinalIgnoreCase);
                    break;
                case var a when a.StartsWith('-'):
                    stderr.WriteLine($"unknown option {a}");
                    stderr.WriteLine(Usage);
                    return 2;
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0 || outDir == null || formats.Count == 0 || formats.Any(f => f is not ("html" or "markdown")))
        {
            stderr.WriteLine(Usage);
            return 2;
        }

        Directory.CreateDirectory(outDir);
        var failures = 0;
        foreach (var file in files)
        {
            if (!ConvertOne(file, outDir, formats, stdout, stderr))
            {
                failures++;
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static bool ConvertOne(string file, string outDir, HashSet<string> formats, TextWriter stdout, TextWriter stderr)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var watch = Stopwatch.StartNew();
        try
        {
            using var input = File.OpenRead(file);
            var doc = DocumentConverter.Convert(input, new ConversionOptions { SourceName = name });
            var outputs = new List<(string Path, string Text)>();
            if (formats.Contains("html"))
            {
                outputs.Add((Path.Combine(outDir, name + ".html"), HtmlRenderer.Render(doc)));
            }

            if (formats.Contains("markdown"))
            {
                outputs.Add((Path.Combine(outDir, name + ".md"), MarkdownRenderer.Render(doc)));
            }

            foreach (var (path, text) in outputs)
            {
                WriteAtomically(path, text);
            }

            var seconds = watch.Elapsed.TotalSeconds;
            var pageWord = doc.Info.PageCount == 1 ? "page" : "pages";
            stdout.WriteLine($"{file}: {doc.Info.PageCount} {pageWord} in {seconds:0.00}s ({doc.Info.PageCount / Math.Max(seconds, 1e-6):0.0} pages/s) -> {string.Join(", ", outputs.Select(o => o.Path))}");
            foreach (var warning in doc.Info.Warnings)
            {
                stderr.WriteLine($"{file}: warning: {warning}");
            }

            return true;
        }
        catch (ConversionException ex)
        {
            stderr.WriteLine($"{file}: error ({ex.Kind}): {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{file}: error: {ex.Message}");
        }

        return false;
    }

    private static void WriteAtomically(string path, string text)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            File.WriteAllText(temp, text);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
