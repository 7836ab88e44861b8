namespace EqualifyPdf.Conversion.Ocr;

/// <summary>The Tesseract languages installed on this machine, which <see cref="ConversionOptions.OcrLanguage"/> may name.</summary>
public static class OcrLanguages
{
    // Where Debian's tesseract-ocr-* packages put their data (Tesseract 5, then 4); TESSDATA_PREFIX wins.
    private static readonly string[] DefaultFolders = ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata"];

    /// <summary>The installed language codes (<c>eng</c>, <c>fra</c>, …), without <c>osd</c>; empty when Tesseract has no data here.</summary>
    /// <param name="folders">Folders to look in; by default TESSDATA_PREFIX, then Debian's locations.</param>
    /// <returns>The codes, sorted.</returns>
    public static IReadOnlySet<string> Installed(IEnumerable<string>? folders = null)
    {
        folders ??= Environment.GetEnvironmentVariable("TESSDATA_PREFIX") is { Length: > 0 } prefix
            ? [prefix, Path.Combine(prefix, "tessdata"), .. DefaultFolders]
            : DefaultFolders;
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.traineddata"))
            {
                var code = Path.GetFileNameWithoutExtension(file);
                if (code != "osd")
                {
                    found.Add(code);
                }
            }
        }

        return found;
    }
}
