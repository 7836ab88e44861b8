using System.Text.Json;
using System.Text.Json.Serialization;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion;

/// <summary>JSON form of the document model, for storing it between workflow steps (whole or page by page).</summary>
public static class DocumentModelJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Serializes a whole document.</summary>
    /// <param name="doc">The document.</param>
    /// <returns>Its JSON text.</returns>
    public static string Serialize(DocumentModel doc) => JsonSerializer.Serialize(doc, Options);

    /// <summary>Reads a document written by <see cref="Serialize"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The text is not a serialized document.</exception>
    public static DocumentModel Deserialize(string json) =>
        JsonSerializer.Deserialize<DocumentModel>(json, Options) ?? throw new JsonException("The JSON holds no document.");

    /// <summary>Serializes one page.</summary>
    /// <param name="page">The page.</param>
    /// <returns>Its JSON text.</returns>
    public static string SerializePage(PageModel page) => JsonSerializer.Serialize(page, Options);

    /// <summary>Reads a page written by <see cref="SerializePage"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JsonException">The text is not a serialized page.</exception>
    public static PageModel DeserializePage(string json) =>
        JsonSerializer.Deserialize<PageModel>(json, Options) ?? throw new JsonException("The JSON holds no page.");
}
