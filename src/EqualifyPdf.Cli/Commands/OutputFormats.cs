using System.CommandLine;

namespace EqualifyPdf.Cli.Commands;

/// <summary>The <c>--format</c> list of <c>convert</c> and <c>run</c>: comma-separated names, <c>md</c> for markdown.</summary>
internal static class OutputFormats
{
    public const string Html = "html";
    public const string Markdown = "markdown";
    public const string Ledger = "ledger";
    public const string Metadata = "metadata";

    /// <summary>File extension per format.</summary>
    public static IReadOnlyDictionary<string, string> Extensions { get; } = new Dictionary<string, string>
    {
        [Html] = ".html",
        [Markdown] = ".md",
        [Ledger] = ".ledger.json",
        [Metadata] = ".metadata.json",
    };

    /// <summary>A <c>--format</c> option accepting a comma-separated subset of <paramref name="allowed"/>.</summary>
    public static Option<string> Option(string description, string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format")
        {
            Description = description,
            HelpName = string.Join(',', allowed),
            DefaultValueFactory = _ => defaultValue,
        };
        option.CompletionSources.Add(allowed);
        option.Validators.Add(result =>
        {
            var formats = Parse(result.GetValueOrDefault<string>() ?? "");
            if (formats.Count == 0 || formats.Any(f => !allowed.Contains(f)))
            {
                result.AddError($"--format takes a comma-separated list of {string.Join(", ", allowed)}.");
            }
        });
        return option;
    }

    /// <summary>The names in <paramref name="value"/>, <c>md</c> read as markdown.</summary>
    public static IReadOnlySet<string> Parse(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.Equals("md", StringComparison.OrdinalIgnoreCase) ? Markdown : f.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
