using System.Text.Json;

namespace EqualifyPdf.Cli.InProcess;

/// <summary>The wire spelling of the contracts' enums (<c>awaiting_approval</c>, <c>user_fixable</c>), as the API writes them.</summary>
internal static class JobStatusText
{
    /// <summary>snake_case of <paramref name="value"/>; empty for null.</summary>
    public static string Of<T>(T? value) where T : struct, Enum =>
        value is { } v ? JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()) : "";

    /// <summary>snake_case of <paramref name="value"/>.</summary>
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
