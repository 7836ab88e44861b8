using System.Reflection;
using Microsoft.SemanticKernel;

namespace EqualifyPdf.Corrections.Llm.Prompts;

/// <summary>
/// The prompts, kept as versioned files next to this class (<c>page-v1.md</c>, …) and embedded in the assembly. A
/// prompt's file name is its version, written to the ledger with every edit it produced; changing a prompt means
/// adding <c>-v2</c> and pointing the constant at it, so old ledgers keep naming the text that produced them.
/// </summary>
public static class PromptLibrary
{
    /// <summary>The per-page prompt.</summary>
    public const string Page = "page-v1";

    /// <summary>The document pass (heading outline) prompt.</summary>
    public const string Document = "document-v1";

    /// <summary>The JSON schema of the answer, shared by both prompts.</summary>
    public const string OperationsSchema = "operations-v1.schema";

    /// <summary>The text of prompt <paramref name="version"/> (a Semantic Kernel template).</summary>
    public static string Text(string version) => Load(version + (version.EndsWith(".schema", StringComparison.Ordinal) ? ".json" : ".md"));

    /// <summary>Renders prompt <paramref name="version"/> with <paramref name="arguments"/> and the answer schema.</summary>
    /// <param name="kernel">The kernel of the model calls.</param>
    /// <param name="version">A prompt constant of this class.</param>
    /// <param name="arguments">The template's variables.</param>
    /// <param name="cancellationToken">Stops the rendering.</param>
    public static async Task<string> RenderAsync(Kernel kernel, string version, KernelArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        arguments["schema"] = Text(OperationsSchema);
        var config = new PromptTemplateConfig(Text(version))
        {
            // The rendered text is sent as one plain user message, never parsed for <message> tags, so the page's
            // JSON is inserted verbatim instead of HTML-encoded.
            AllowDangerouslySetContent = true,
        };
        var template = new KernelPromptTemplateFactory().Create(config);
        return await template.RenderAsync(kernel, arguments, cancellationToken).ConfigureAwait(false);
    }

    private static string Load(string file)
    {
        var name = $"EqualifyPdf.Corrections.Llm.Prompts.{file}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Prompt resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
