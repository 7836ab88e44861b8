using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Corrections.Llm.Operations;

/// <summary>An operation that passed validation and was applied.</summary>
/// <param name="Element">The block changed (the first one for a merge).</param>
/// <param name="Before">The value before.</param>
/// <param name="After">The value after.</param>
/// <param name="Operation">One of <see cref="OperationNames"/>.</param>
public sealed record AppliedEdit(string Element, string Before, string After, string Operation);

/// <summary>An operation that was refused and not applied.</summary>
/// <param name="Operation">The operation's name as answered.</param>
/// <param name="Element">The block it named, if any.</param>
/// <param name="Code">Why, one of <see cref="RejectionCodes"/>.</param>
public sealed record Rejection(string Operation, string? Element, string Code);

/// <summary>The page after the valid operations, and what was applied and refused.</summary>
/// <param name="Page">The edited page.</param>
/// <param name="Applied">Applied operations in answer order.</param>
/// <param name="Rejected">Refused operations.</param>
public sealed record OperationOutcome(PageModel Page, IReadOnlyList<AppliedEdit> Applied, IReadOnlyList<Rejection> Rejected);

/// <summary>What an operation is checked against besides the page itself.</summary>
/// <param name="PreviousHeadingLevel">Level of the last heading before the page, 0 when none.</param>
/// <param name="PreviousPageLastBlock">The last block of the previous page, null on the first page.</param>
public sealed record OperationContext(int PreviousHeadingLevel, Block? PreviousPageLastBlock);

/// <summary>Why an operation was refused.</summary>
public static class RejectionCodes
{
    /// <summary>Not an operation of the schema.</summary>
    public const string UnknownOperation = "unknown_operation";

    /// <summary>A block id that is not on the page.</summary>
    public const string UnknownId = "unknown_id";

    /// <summary>A role the block cannot take or the schema does not know.</summary>
    public const string BadRole = "bad_role";

    /// <summary>A heading level outside 1–6, or one deeper than the heading before it allows.</summary>
    public const string BadLevel = "bad_level";

    /// <summary>Two operations that say different things of one block.</summary>
    public const string Contradictory = "contradictory";

    /// <summary>Merged blocks that are not consecutive text blocks of one role.</summary>
    public const string NotMergeable = "not_mergeable";

    /// <summary>A split offset outside the text or not at a space.</summary>
    public const string BadOffset = "bad_offset";

    /// <summary>A text edit on text that came from the text layer with good confidence.</summary>
    public const string NotOcrText = "not_ocr_text";

    /// <summary>A text edit beyond the allowed edit distance (new content).</summary>
    public const string EditTooLarge = "edit_too_large";

    /// <summary>An empty or over-long value.</summary>
    public const string BadValue = "bad_value";

    /// <summary>The operation does not fit the block (a figure operation on a paragraph, …).</summary>
    public const string WrongBlock = "wrong_block";
}
