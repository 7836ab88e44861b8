using System.Text.RegularExpressions;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Corrections.Llm.Operations;

/// <summary>
/// Validates each answered operation against the page model as it stands (ids exist, levels follow the outline, text
/// edits stay within bounds, figure operations on figures) and applies only those that pass, in answer order.
/// Operations that contradict each other on one block are all refused.
/// </summary>
public static partial class OperationApplier
{
    /// <summary>Longest text alternative accepted.</summary>
    public const int MaxAltLength = 250;

    private static readonly HashSet<BlockRole> TextRoles = [BlockRole.Heading, BlockRole.Paragraph, BlockRole.ListItem, BlockRole.Quote, BlockRole.Footnote, BlockRole.Code];

    /// <summary>Applies the valid operations of <paramref name="operations"/> to <paramref name="page"/>.</summary>
    public static OperationOutcome Apply(PageModel page, IReadOnlyList<EditOperation> operations, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(context);
        var blocks = page.Blocks.ToList();
        var applied = new List<AppliedEdit>();
        var rejected = new List<Rejection>();
        var contradictory = Contradictions(operations);
        foreach (var op in operations)
        {
            var code = contradictory.Contains(op) ? RejectionCodes.Contradictory : ApplyOne(page, blocks, op, context, applied);
            if (code is not null)
            {
                rejected.Add(new Rejection(op.Op, op.Id ?? op.Ids?.FirstOrDefault(), code));
            }
        }

        return new OperationOutcome(page with { Blocks = blocks }, applied, rejected);
    }

    // Two operations setting different levels or roles on one block cannot both be right.
    private static HashSet<EditOperation> Contradictions(IReadOnlyList<EditOperation> operations) =>
        [.. operations
            .Where(o => o.Id is not null && o.Op is OperationNames.SetHeadingLevel or OperationNames.SetRole)
            .GroupBy(o => o.Id!)
            .Where(g => g.Select(o => (o.Op == OperationNames.SetRole ? o.Role : "heading", o.Level)).Distinct().Count() > 1)
            .SelectMany(g => g)];

    private static string? ApplyOne(PageModel page, List<Block> blocks, EditOperation op, OperationContext context, List<AppliedEdit> applied)
    {
        if (op.Op == OperationNames.MergeBlocks)
        {
            return Merge(blocks, op, applied);
        }

        var index = op.Id is null ? -1 : blocks.FindIndex(b => b.Id == op.Id);
        if (index < 0)
        {
            return Known(op.Op) ? RejectionCodes.UnknownId : RejectionCodes.UnknownOperation;
        }

        var block = blocks[index];
        (string? Code, Block? Changed, string Before, string After) result = op.Op switch
        {
            OperationNames.SetRole => SetRole(blocks, index, op, context),
            OperationNames.SetHeadingLevel => SetLevel(blocks, index, op.Level, context),
            OperationNames.SplitBlock => Split(blocks, index, op),
            OperationNames.SetTableHeader => TableHeader(block, op.HeaderRows),
            OperationNames.FixOcrText => FixText(page, block, op.Text),
            OperationNames.AltText => block.Figure is null ? (RejectionCodes.WrongBlock, null, "", "")
                : op.Alt?.Trim() is not { Length: > 0 and <= MaxAltLength } alt ? (RejectionCodes.BadValue, null, "", "")
                : (null, block with { Figure = block.Figure with { AltText = alt, AltIsGenerated = false, Decorative = false } }, block.Figure.AltText, alt),
            OperationNames.Decorative => block.Figure is null ? (RejectionCodes.WrongBlock, null, "", "")
                : (null, block with { Figure = block.Figure with { AltText = "", AltIsGenerated = false, Decorative = true } }, block.Figure.AltText, "decorative"),
            OperationNames.JoinAcrossSeam => index != 0 || block.Role != BlockRole.Paragraph || context.PreviousPageLastBlock?.Role != BlockRole.Paragraph
                ? (RejectionCodes.WrongBlock, null, "", "")
                : (null, block with { ContinuesPrevious = true }, context.PreviousPageLastBlock.Id, block.Id),
            OperationNames.SetLanguage => !TextRoles.Contains(block.Role) || op.Language is null || !LanguageTag().IsMatch(op.Language)
                ? (RejectionCodes.BadValue, null, "", "")
                : (null, block with { Language = op.Language }, block.Language ?? "", op.Language),
            _ => (RejectionCodes.UnknownOperation, null, "", ""),
        };
        if (result.Code is not null)
        {
            return result.Code;
        }

        if (result.Changed is not null)
        {
            blocks[index] = result.Changed;
        }

        applied.Add(new AppliedEdit(block.Id, result.Before, result.After, op.Op));
        return null;
    }

    private static bool Known(string op) => op is OperationNames.SetRole or OperationNames.SetHeadingLevel or OperationNames.SplitBlock
        or OperationNames.SetTableHeader or OperationNames.FixOcrText or OperationNames.AltText or OperationNames.Decorative
        or OperationNames.JoinAcrossSeam or OperationNames.SetLanguage;

    private static (string?, Block?, string, string) SetRole(List<Block> blocks, int index, EditOperation op, OperationContext context)
    {
        var block = blocks[index];
        BlockRole? role = op.Role switch
        {
            "heading" => BlockRole.Heading, "paragraph" => BlockRole.Paragraph, "list_item" => BlockRole.ListItem,
            "quote" => BlockRole.Quote, "footnote" => BlockRole.Footnote, "code" => BlockRole.Code, _ => null,
        };
        if (role is not { } newRole || !TextRoles.Contains(block.Role) || newRole == block.Role)
        {
            return (RejectionCodes.BadRole, null, "", "");
        }

        var level = newRole == BlockRole.Heading ? op.Level ?? 0 : 0;
        if (newRole == BlockRole.Heading && !LevelFits(blocks, index, level, context))
        {
            return (RejectionCodes.BadLevel, null, "", "");
        }

        return (null, block with { Role = newRole, Level = level }, Describe(block), Describe(block with { Role = newRole, Level = level }));
    }

    private static (string?, Block?, string, string) SetLevel(List<Block> blocks, int index, int? level, OperationContext context)
    {
        var block = blocks[index];
        if (block.Role != BlockRole.Heading)
        {
            return (RejectionCodes.WrongBlock, null, "", "");
        }

        if (level is not { } l || !LevelFits(blocks, index, l, context))
        {
            return (RejectionCodes.BadLevel, null, "", "");
        }

        return (null, block with { Level = l }, $"h{block.Level}", $"h{l}");
    }

    // A heading may be at most one level deeper than the heading before it, and must not make the next one skip.
    private static bool LevelFits(List<Block> blocks, int index, int level, OperationContext context)
    {
        if (level is < 1 or > 6)
        {
            return false;
        }

        var before = blocks.Take(index).LastOrDefault(b => b.Role == BlockRole.Heading)?.Level ?? context.PreviousHeadingLevel;
        var after = blocks.Skip(index + 1).FirstOrDefault(b => b.Role == BlockRole.Heading)?.Level;
        return level <= before + 1 && (after is not { } next || next <= level + 1);
    }

    private static (string?, Block?, string, string) FixText(PageModel page, Block block, string? text)
    {
        if (page.TextSource == PageTextSource.TextLayer && block.Confidence >= 0.6)
        {
            return (RejectionCodes.NotOcrText, null, "", "");
        }

        if (!TextRoles.Contains(block.Role) || string.IsNullOrWhiteSpace(text))
        {
            return (RejectionCodes.BadValue, null, "", "");
        }

        // Recognition errors are a few characters; a larger change is new content the model must not write.
        var bound = Math.Max(2, (int)Math.Ceiling(block.Text.Length * 0.2));
        if (EditDistance.Bounded(block.Text, text, bound) > bound)
        {
            return (RejectionCodes.EditTooLarge, null, "", "");
        }

        return (null, block with { Text = text }, block.Text, text);
    }

    private static string Describe(Block block) => block.Role == BlockRole.Heading ? $"h{block.Level}" : block.Role switch
    {
        BlockRole.ListItem => "list_item",
        _ => block.Role.ToString().ToLowerInvariant(),
    };

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
