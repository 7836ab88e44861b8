using System.Text.RegularExpressions;

namespace EqualifyPdf.Conversion.Tests.Quality.Scoring;

/// <summary>
/// Reads ATX headings and the words of a GitHub-flavoured Markdown rendering, enough to check that the Markdown
/// carries the same outline and text as the HTML. Link targets and HTML comments are not text.
/// </summary>
public static partial class MarkdownStructureReader
{
    /// <summary>Headings outside code fences, in order, and the text with link targets and comments removed.</summary>
    public static (IReadOnlyList<TruthHeading> Headings, string Text) Read(string markdown)
    {
        var headings = new List<TruthHeading>();
        var inFence = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            var match = inFence ? Match.Empty : AtxHeading().Match(line);
            if (match.Success)
            {
                headings.Add(new TruthHeading(match.Groups[1].Length, match.Groups[2].Value.Trim()));
            }
        }

        var text = Comment().Replace(markdown, " ");
        text = LinkTarget().Replace(text, "]");
        return (headings, text);
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    // "[text](target)" and "[text](<target>)": keep the text, drop the target.
    [GeneratedRegex(@"\]\((<[^>]*>|[^)\s]*)(\s+""[^""]*"")?\)")]
    private static partial Regex LinkTarget();
}
