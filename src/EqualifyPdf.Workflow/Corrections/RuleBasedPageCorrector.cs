using System.Text.RegularExpressions;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Workflow.Corrections;

/// <summary>
/// The offline corrector: deterministic rules that fix what conversion commonly gets wrong for accessibility —
/// ligatures, curly quotes and stray whitespace in text, generated figure descriptions that a caption can replace,
/// heading levels that skip, and blocks the engine was unsure of (flagged, not changed).
/// </summary>
public sealed partial class RuleBasedPageCorrector : IPageCorrector
{
    /// <summary>The corrector name written to the ledger.</summary>
    public const string Name = "rules-v1";

    /// <inheritdoc />
    public Task<PageCorrection> CorrectAsync(PageCorrectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var page = request.Page;
        var edits = new List<CorrectionEdit>();
        var blocks = new List<Block>(page.Blocks.Count);
        var lastHeading = request.PreviousHeadingLevel;
        var flaggedFigures = 0;

        for (var i = 0; i < page.Blocks.Count; i++)
        {
            var block = page.Blocks[i];
            if (block.Role != BlockRole.Code)
            {
                block = block with { Text = CleanText(page.Number, block.Id, block.Text, edits) };
                block = CleanCells(page.Number, block, edits);
            }

            if (block.Role == BlockRole.Heading)
            {
                block = RepairHeadingLevel(page.Number, block, lastHeading, edits);
                lastHeading = block.Level;
            }

            if (block.Figure is { AltIsGenerated: true })
            {
                (block, var flagged) = RepairAltText(page, i, block, edits);
                flaggedFigures += flagged ? 1 : 0;
            }

            if (block.Confidence < ConfidenceLevels.ReviewThreshold)
            {
                edits.Add(new CorrectionEdit(page.Number, block.Id, block.Text, block.Text, CorrectionReasons.LowConfidence, Name));
            }

            blocks.Add(block);
        }

        var corrected = page with { Blocks = blocks };
        return Task.FromResult(new PageCorrection(corrected, edits, Score(page, blocks, flaggedFigures)));
    }

    private static string CleanText(int page, string element, string text, List<CorrectionEdit> edits)
    {
        var current = text;
        current = Apply(page, element, current, TextRules.ExpandLigatures(current), CorrectionReasons.Ligature, edits);
        current = Apply(page, element, current, TextRules.NormalizeQuotes(current), CorrectionReasons.Quotes, edits);
        return Apply(page, element, current, TextRules.NormalizeWhitespace(current), CorrectionReasons.Whitespace, edits);
    }

    private static string Apply(int page, string element, string before, string after, string reason, List<CorrectionEdit> edits)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            edits.Add(new CorrectionEdit(page, element, before, after, reason, Name));
        }

        return after;
    }

    private static Block CleanCells(int page, Block block, List<CorrectionEdit> edits)
    {
        if (block.Rows is not { Count: > 0 } rows)
        {
            return block;
        }

        var newRows = new List<TableRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells
                .Select((cell, c) => cell with { Text = CleanText(page, $"{block.Id}/r{r + 1}c{c + 1}", cell.Text, edits) })
                .ToList();
            newRows.Add(rows[r] with { Cells = cells });
        }

        return block with { Rows = newRows };
    }

    private static Block RepairHeadingLevel(int page, Block block, int lastHeading, List<CorrectionEdit> edits)
    {
        var allowed = Math.Min(6, lastHeading + 1);
        if (block.Level <= allowed)
        {
            return block;
        }

        edits.Add(new CorrectionEdit(page, block.Id, $"h{block.Level}", $"h{allowed}", CorrectionReasons.HeadingLevelSkip, Name));
        return block with { Level = allowed };
    }

    private static (Block Block, bool Flagged) RepairAltText(PageModel page, int index, Block block, List<CorrectionEdit> edits)
    {
        var figure = block.Figure!;
        var description = DescriptionFromCaption(block.Text) ?? DescriptionFromCaption(NeighbourCaption(page, index));
        if (description is not null)
        {
            if (string.Equals(description, figure.AltText, StringComparison.Ordinal))
            {
                return (block, false);
            }

            edits.Add(new CorrectionEdit(page.Number, block.Id, figure.AltText, description, CorrectionReasons.AltTextFromCaption, Name));
            return (block with { Figure = figure with { AltText = description } }, false);
        }

        if (IsPlaceholderAlt(figure.AltText))
        {
            edits.Add(new CorrectionEdit(page.Number, block.Id, figure.AltText, figure.AltText, CorrectionReasons.AltTextMissing, Name));
            return (block, true);
        }

        return (block, false);
    }

    private static string? NeighbourCaption(PageModel page, int index)
    {
        foreach (var neighbour in new[] { index + 1, index - 1 })
        {
            if (neighbour >= 0 && neighbour < page.Blocks.Count && page.Blocks[neighbour].Role == BlockRole.Paragraph
                && CaptionLabel().IsMatch(page.Blocks[neighbour].Text))
            {
                return page.Blocks[neighbour].Text;
            }
        }

        return null;
    }

    /// <summary>"Figure 3: Enrolment by year." → "Enrolment by year"; null when nothing descriptive remains.</summary>
    internal static string? DescriptionFromCaption(string? caption)
    {
        if (string.IsNullOrWhiteSpace(caption))
        {
            return null;
        }

        var text = TextRules.NormalizeWhitespace(TextRules.NormalizeQuotes(TextRules.ExpandLigatures(caption)));
        text = CaptionLabel().Replace(text, "").Trim().TrimEnd('.').Trim();
        return text.Length >= 3 ? text : null;
    }

    private static bool IsPlaceholderAlt(string alt) =>
        string.IsNullOrWhiteSpace(alt) || PlaceholderAlt().IsMatch(alt.Trim());

    private static double Score(PageModel page, List<Block> blocks, int flaggedFigures)
    {
        var score = blocks.Count == 0 ? 1.0 : blocks.Average(b => Math.Clamp(b.Confidence, 0, 1));
        score -= 0.1 * flaggedFigures;
        score = page.TextSource switch
        {
            PageTextSource.NotOcred => Math.Min(score, 0.3),
            PageTextSource.Ocr => Math.Min(score, 0.8),
            _ => score,
        };
        return Math.Round(Math.Clamp(score, 0, 1), 3);
    }

    [GeneratedRegex(@"^\s*(fig(ure)?|image|chart|graph|diagram|photo)\.?\s*\d+[a-z]?\s*[:.\-–—]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"^((image|figure|picture|graphic|photo)\s*\d*|[\w\-]+\.(png|jpe?g|gif|bmp|tiff?))$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceholderAlt();
}
