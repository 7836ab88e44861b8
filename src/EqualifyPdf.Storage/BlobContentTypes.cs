namespace EqualifyPdf.Storage;

/// <summary>The content type a blob is stored with, from its key's extension (the keys say what they hold).</summary>
internal static class BlobContentTypes
{
    private const string Binary = "application/octet-stream";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".html"] = "text/html; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
    };

    public static string ForKey(string key) =>
        ByExtension.TryGetValue(Path.GetExtension(key), out var type) ? type : Binary;
}
