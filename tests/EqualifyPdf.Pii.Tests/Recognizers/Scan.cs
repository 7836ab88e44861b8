using EqualifyPdf.Pii.Model;

namespace EqualifyPdf.Pii.Tests.Recognizers;

/// <summary>Shorthands for asserting what the scanner reports in a snippet of text.</summary>
internal static class Scan
{
    public static IReadOnlyList<PiiFinding> Findings(string text, PiiOptions? options = null) => PiiScanner.Scan(text, options).Findings;

    /// <summary>The entity types found over exactly the given value (which must occur once in the text).</summary>
    public static IReadOnlyList<string> TypesOver(string text, string value, PiiOptions? options = null)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{value}' not in text");
        return [.. Findings(text, options).Where(f => f.Start < start + value.Length && start < f.End).Select(f => f.EntityType)];
    }
}
