using System.Text.Json;

namespace EqualifyPdf.Cli.Service;

/// <summary>The JSON shapes the CLI reads, snake_case as the API writes them. Statuses stay strings so a status
/// added on the server is shown rather than refused.</summary>
internal static class WireJson
{
    /// <summary>snake_case, case-insensitive reads.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
