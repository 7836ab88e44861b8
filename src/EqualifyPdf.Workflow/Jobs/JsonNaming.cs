using System.Text.Json;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>snake_case names as the wire uses them, for messages.</summary>
internal static class JsonNaming
{
    public static string SnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
