using System.Text.Json;
using System.Text.Json.Serialization;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Corrections.Llm.Review;

/// <summary>The JSON the model sees of blocks and outlines: ids, roles, levels, text, source and confidence only.</summary>
internal static class ModelViews
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Blocks(IEnumerable<Block> blocks, PageTextSource source) =>
        JsonSerializer.Serialize(blocks.Select(b => View(b, source)), Json);

    public static string Outline(IEnumerable<OutlineEntry> outline) =>
        JsonSerializer.Serialize(outline.Select(o => new { o.Id, o.Text, o.Page, o.Level, HeightPt = Math.Round(o.HeightPt, 1) }), Json);

    private static object View(Block b, PageTextSource source) => new
    {
        b.Id,
        Role = b.Role switch
        {
            BlockRole.ListItem => "list_item",
            BlockRole.TableOfContents => "table_of_contents",
            _ => b.Role.ToString().ToLowerInvariant(),
        },
        Level = b.Role is BlockRole.Heading or BlockRole.ListItem ? b.Level : (int?)null,
        b.Text,
        Source = source switch { PageTextSource.Ocr => "ocr", PageTextSource.NotOcred => "not_ocred", _ => "text_layer" },
        Confidence = Math.Round(b.Confidence, 2),
        Rows = b.Rows?.Select(r => new { Header = r.IsHeader, Cells = r.Cells.Select(c => c.Text) }),
        Figure = b.Figure is { } f ? new { Alt = f.AltText, Generated = f.AltIsGenerated } : null,
        b.Language,
    };
}
