// What the AI page step would send for the committed corpus, offline (no model is called): per document the pages,
// the rendered page-v1 prompt, the page image, and the input tokens and fast-model cost they imply.
// Token figures are estimates: text at 4 characters a token, images by Anthropic's (width × height) / 750 after the
// long edge is scaled to at most 1,568 pixels; output assumed at 150 tokens a page (an operations list).
// dotnet run -c Release --project bench/EqualifyPdf.Corrections.Llm.Bench [-- corpus-folder]
using System.Buffers.Binary;
using System.Globalization;
using EqualifyPdf.Conversion;
using EqualifyPdf.Conversion.Rendering;
using EqualifyPdf.Corrections.Llm.Options;
using EqualifyPdf.Corrections.Llm.Review;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using TextContent = Microsoft.Extensions.AI.TextContent;

const int AssumedOutputTokens = 150;
var folder = args.Length > 0 ? args[0] : Path.Combine(FindRepoRoot(), "tests", "corpus", "pdf");
var options = new LlmOptions();
var kernel = Kernel.CreateBuilder().Build();
Console.WriteLine($"| document | pages | prompt chars/page | image KB/page | est. input tokens/page | est. USD/page (fast, {AssumedOutputTokens} out) |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
long allPages = 0, allTokens = 0;
foreach (var pdf in Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal))
{
    var document = DocumentConverter.Convert(File.OpenRead(pdf), new ConversionOptions { SourceName = Path.GetFileName(pdf) });
    var outline = document.Pages.SelectMany(p => p.Blocks).Where(b => b.Role == EqualifyPdf.Conversion.Model.BlockRole.Heading)
        .Select(b => new OutlineEntry(b.Id, b.Text, b.Page, b.Level, b.Box.Height)).ToList();
    long chars = 0, imageBytes = 0, tokens = 0;
    foreach (var page in document.Pages)
    {
        var png = await PageRasterizer.RenderPngAsync(pdf, page.Number, options.PageImageDpi, CancellationToken.None);
        var previous = page.Number > 1 ? document.Pages[page.Number - 2].Blocks.TakeLast(2).ToList() : [];
        var next = page.Number < document.Pages.Count ? document.Pages[page.Number].Blocks.Take(2).ToList() : [];
        var messages = await PagePrompt.BuildAsync(kernel, new PageReviewRequest(page, 0, previous, next, outline, document.Info.Language, png), CancellationToken.None);
        var text = messages.SelectMany(m => m.Contents).OfType<TextContent>().Sum(t => (long)t.Text.Length);
        var images = messages.SelectMany(m => m.Contents).OfType<DataContent>().Sum(d => ImageTokens(d.Data.Span));
        chars += text;
        imageBytes += png?.Length ?? 0;
        tokens += (text / 4) + images;
    }

    var pages = Math.Max(1, document.Pages.Count);
    var perPage = tokens / (double)pages;
    var cost = ((perPage * options.FastInputPricePer1K) + (AssumedOutputTokens * options.FastOutputPricePer1K)) / 1000;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {Path.GetFileName(pdf)} | {document.Pages.Count} | {chars / pages:N0} | {imageBytes / 1024.0 / pages:N0} | {perPage:N0} | {cost:N4} |"));
    allPages += document.Pages.Count;
    allTokens += tokens;
}

var mean = allTokens / (double)Math.Max(1, allPages);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| **all** | {allPages} | | | {mean:N0} | {((mean * options.FastInputPricePer1K) + (AssumedOutputTokens * options.FastOutputPricePer1K)) / 1000:N4} |"));

static long ImageTokens(ReadOnlySpan<byte> png)
{
    if (png.Length < 24)
    {
        return 0;
    }

    double width = BinaryPrimitives.ReadInt32BigEndian(png[16..20]);
    double height = BinaryPrimitives.ReadInt32BigEndian(png[20..24]);
    var scale = Math.Min(1, 1568 / Math.Max(width, height));
    return (long)Math.Ceiling(width * scale * height * scale / 750);
}

static string FindRepoRoot()
{
    var dir = AppContext.BaseDirectory;
    while (!File.Exists(Path.Combine(dir, "EqualifyPdf.sln")))
    {
        dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("Run from inside the repository.");
    }

    return dir;
}
