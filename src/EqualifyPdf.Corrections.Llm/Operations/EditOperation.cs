using System.Text.Json.Serialization;

namespace EqualifyPdf.Corrections.Llm.Operations;

/// <summary>One edit operation answered by the model (schema <c>Prompts/operations-v1.schema.json</c>).</summary>
public sealed record EditOperation
{
    /// <summary>One of <see cref="OperationNames"/>.</summary>
    [JsonPropertyName("op")] public string Op { get; init; } = "";

    /// <summary>The block the operation changes.</summary>
    [JsonPropertyName("id")] public string? Id { get; init; }

    /// <summary>For <c>merge_blocks</c>: consecutive blocks, in order.</summary>
    [JsonPropertyName("ids")] public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>For <c>set_role</c>.</summary>
    [JsonPropertyName("role")] public string? Role { get; init; }

    /// <summary>For <c>set_heading_level</c>, or <c>set_role</c> to a heading.</summary>
    [JsonPropertyName("level")] public int? Level { get; init; }

    /// <summary>For <c>split_block</c>: character offset where the second part starts.</summary>
    [JsonPropertyName("at")] public int? At { get; init; }

    /// <summary>For <c>set_table_header</c>: leading rows that are headers.</summary>
    [JsonPropertyName("header_rows")] public int? HeaderRows { get; init; }

    /// <summary>For <c>fix_ocr_text</c>: the corrected text.</summary>
    [JsonPropertyName("text")] public string? Text { get; init; }

    /// <summary>For <c>alt_text</c>.</summary>
    [JsonPropertyName("alt")] public string? Alt { get; init; }

    /// <summary>For <c>set_language</c>: a BCP 47 tag.</summary>
    [JsonPropertyName("language")] public string? Language { get; init; }

    /// <summary>The model's short reason (never logged: it may quote the document).</summary>
    [JsonPropertyName("reason")] public string? Reason { get; init; }
}

/// <summary>The operations the model may answer.</summary>
public static class OperationNames
{
    /// <summary>Changes a block's role (heading, paragraph, list item, quote, footnote, code).</summary>
    public const string SetRole = "set_role";

    /// <summary>Changes a heading's level.</summary>
    public const string SetHeadingLevel = "set_heading_level";

    /// <summary>Joins consecutive text blocks into the first.</summary>
    public const string MergeBlocks = "merge_blocks";

    /// <summary>Splits a text block in two at a space.</summary>
    public const string SplitBlock = "split_block";

    /// <summary>Sets how many leading rows of a table are header rows.</summary>
    public const string SetTableHeader = "set_table_header";

    /// <summary>Corrects OCR or low-confidence text within a bounded edit distance.</summary>
    public const string FixOcrText = "fix_ocr_text";

    /// <summary>Writes a figure's text alternative.</summary>
    public const string AltText = "alt_text";

    /// <summary>Marks a figure decorative.</summary>
    public const string Decorative = "decorative";

    /// <summary>The page's first block continues the previous page's last block.</summary>
    public const string JoinAcrossSeam = "join_across_seam";

    /// <summary>Marks a block's language.</summary>
    public const string SetLanguage = "set_language";
}
