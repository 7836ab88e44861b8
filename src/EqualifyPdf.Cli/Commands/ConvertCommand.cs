using System.CommandLine;
using System.Diagnostics;
using EqualifyPdf.Cli.Hosting;
using EqualifyPdf.Cli.Rendering;
using EqualifyPdf.Conversion;
using UglyToad.PdfPig;

namespace EqualifyPdf.Cli.Commands;

/// <summary>
/// <c>convert &lt;file.pdf&gt;... -o &lt;dir&gt; [--format html,markdown]</c>: converts each file on this machine, writing
/// through a temporary file and a rename so a failed or interrupted conversion never leaves a partial output behind.
/// One line per file on stdout; on a terminal, progress bars over files and pages as well.
/// </summary>
internal static class ConvertCommand
{
    /// <summary>Runs <c>convert</c> with <paramref name="args"/> (the words after <c>convert</c>) and plain output.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        CliApp.Run(["convert", .. args], new CliEnvironment(stdout, stderr));

    /// <summary>The <c>convert</c> command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "The PDF files to convert." };
        CommandLineChecks.RejectOptionLikeValues(files);
        var output = new Option<string>("--output", "-o") { Required = true, HelpName = "dir", Description = "The folder to write <name>.html and <name>.md into." };
        var format = OutputFormats.Option("Which outputs to write: html, markdown (or md), comma-separated.", "html,markdown", "html", "markdown");
        var command = new Command("convert", "Convert PDF files to accessible HTML and Markdown on this machine.") { files, output, format };
        command.SetAction(parse =>
        {
            var outDir = parse.GetRequiredValue(output);
            var formats = OutputFormats.Parse(parse.GetValue(format)!);
            Directory.CreateDirectory(outDir);
            var paths = parse.GetRequiredValue(files);
            return ProgressBoards.Run(env, board => ConvertAll(env, paths, outDir, formats, board));
        });
        return command;
    }

    private static int ConvertAll(CliEnvironment env, string[] files, string outDir, IReadOnlySet<string> formats, IProgressBoard board)
    {
        var fileBar = board.Add("files", files.Length);
        // Page totals are counted up front only for the live display; a plain run does not open each file twice.
        var pageBar = board.Add("pages", env.Terminal is null ? 0 : files.Sum(CountPages));
        var failures = 0;
        foreach (var file in files)
        {
            fileBar.Describe($"files: {Path.GetFileName(file)}");
            var pages = ConvertOne(env, file, outDir, formats);
            failures += pages is null ? 1 : 0;
            fileBar.Increment(1);
            pageBar.Increment(pages ?? 0);
        }

        fileBar.Describe("files");
        return failures == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static int? ConvertOne(CliEnvironment env, string file, string outDir, IReadOnlySet<string> formats)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var watch = Stopwatch.StartNew();
        try
        {
            using var input = File.OpenRead(file);
            var doc = DocumentConverter.Convert(input, new ConversionOptions { SourceName = name });
            var outputs = new List<(string Path, string Text)>();
            if (formats.Contains(OutputFormats.Html))
            {
                outputs.Add((Path.Combine(outDir, name + ".html"), HtmlRenderer.Render(doc)));
            }

            if (formats.Contains(OutputFormats.Markdown))
            {
                outputs.Add((Path.Combine(outDir, name + ".md"), MarkdownRenderer.Render(doc)));
            }

            foreach (var (path, text) in outputs)
            {
                AtomicFile.WriteAllText(path, text);
            }

            var seconds = watch.Elapsed.TotalSeconds;
            var pageWord = doc.Info.PageCount == 1 ? "page" : "pages";
            env.WriteLine($"{file}: {doc.Info.PageCount} {pageWord} in {seconds:0.00}s ({doc.Info.PageCount / Math.Max(seconds, 1e-6):0.0} pages/s) -> {string.Join(", ", outputs.Select(o => o.Path))}");
            foreach (var warning in doc.Info.Warnings)
            {
                env.Error.WriteLine($"{file}: warning: {warning}");
            }

            return doc.Info.PageCount;
        }
        catch (ConversionException ex)
        {
            env.Error.WriteLine($"{file}: error ({ex.Kind}): {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"{file}: error: {ex.Message}");
        }

        return null;
    }

    private static int CountPages(string file)
    {
        try
        {
            using var document = PdfDocument.Open(file);
            return document.NumberOfPages;
        }
        catch (Exception)
        {
            return 0; // the conversion reports the problem
        }
    }
}
