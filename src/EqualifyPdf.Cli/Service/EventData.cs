using System.Text.Json;

namespace EqualifyPdf.Cli.Service;

/// <summary>Reads the fields of an event's JSON data leniently: a missing or mistyped field is null, never an error.</summary>
internal static class EventData
{
    /// <summary>The string field <paramref name="name"/>, or null.</summary>
    public static string? Text(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The integer field <paramref name="name"/>, or null.</summary>
    public static int? Number(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
