using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Tests.Engine;

/// <summary>Shortcuts for running the engine on a <see cref="TestPdf"/> or a corpus file.</summary>
internal static class Run
{
    public static DocumentModel Pdf(TestPdf pdf, ConversionOptions? options = null)
    {
        using var stream = pdf.Stream();
        return DocumentConverter.Convert(stream, options);
    }

    public static DocumentModel Bytes(byte[] bytes, ConversionOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return DocumentConverter.Convert(stream, options);
    }

    public static DocumentModel CorpusFile(string name, ConversionOptions? options = null)
    {
        using var stream = File.OpenRead(CorpusPath(name));
        return DocumentConverter.Convert(stream, options);
    }

    public static string CorpusPath(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "corpus", "pdf")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("tests/corpus not found"), "tests", "corpus", "pdf", name);
    }

    public static IEnumerable<Block> Blocks(this DocumentModel doc) => doc.Pages.SelectMany(p => p.Blocks);

    public static List<Block> Role(this DocumentModel doc, BlockRole role) => doc.Blocks().Where(b => b.Role == role).ToList();
}
