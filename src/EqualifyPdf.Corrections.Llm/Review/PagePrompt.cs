using EqualifyPdf.Corrections.Llm.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using TextContent = Microsoft.Extensions.AI.TextContent;

namespace EqualifyPdf.Corrections.Llm.Review;

/// <summary>The message a page's review sends: the page image, the images of figures that need a text alternative,
/// and the rendered <c>page-v1</c> prompt with the page's blocks, its neighbours' edges and the outline as JSON.</summary>
public static class PagePrompt
{
    /// <summary>Figures whose images are sent at most, per page.</summary>
    public const int MaxFigureImages = 4;

    /// <summary>Builds the conversation for <paramref name="request"/>.</summary>
    /// <param name="kernel">The kernel that renders the prompt template.</param>
    /// <param name="request">The page and its context.</param>
    /// <param name="cancellationToken">Stops the rendering.</param>
    public static async Task<IList<ChatMessage>> BuildAsync(Kernel kernel, PageReviewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = request.Page;
        var arguments = new KernelArguments
        {
            ["language"] = request.Language,
            ["outline"] = ModelViews.Outline(request.Outline),
            ["previous"] = ModelViews.Blocks(request.PreviousPageBlocks, page.TextSource),
            ["next"] = ModelViews.Blocks(request.NextPageBlocks, page.TextSource),
            ["page_number"] = page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["page"] = ModelViews.Blocks(page.Blocks, page.TextSource),
        };
        var prompt = await PromptLibrary.RenderAsync(kernel, PromptLibrary.Page, arguments, cancellationToken).ConfigureAwait(false);
        var contents = new List<AIContent>();
        if (request.PageImagePng is { Length: > 0 } png)
        {
            contents.Add(new DataContent(png, "image/png"));
        }

        foreach (var figure in page.Blocks
            .Where(b => b.Figure is { AltIsGenerated: true, ImageDataUri: { } uri } && uri.StartsWith("data:image/", StringComparison.Ordinal))
            .Take(MaxFigureImages))
        {
            contents.Add(new TextContent($"Figure {figure.Id}:"));
            contents.Add(new DataContent(figure.Figure!.ImageDataUri!));
        }

        contents.Add(new TextContent(prompt));
        return [new ChatMessage(ChatRole.User, contents)];
    }
}
