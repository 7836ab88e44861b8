using System.Text.Json;
using System.Text.Json.Serialization;

namespace EqualifyPdf.Hosting.Progress;

/// <summary>The JSON shape of events and index entries in Redis and on the wire: snake_case, enums as snake_case strings.</summary>
public static class ProgressJson
{
    /// <summary>Options used for everything this namespace writes.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
