using System.Net;
using System.Text.Json;

namespace EqualifyPdf.Cli.Service;

/// <summary>Turns an error answer (RFC 9457 problem details, or anything else) into one line.</summary>
internal static class ProblemLine
{
    /// <summary>
    /// <c>404 Not Found: No job has the id 'x'.</c>; validation problems add <c>field: message</c> pairs. The body is
    /// read only as far as it is a problem document; any other body is not echoed (it may be an HTML error page).
    /// </summary>
    public static async Task<ServiceException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var head = $"{status} {ReasonOf(response)}";
        var parts = new List<string>();
        if (response.Content.Headers.ContentType?.MediaType is { } type && type.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                parts.AddRange(Describe(json.RootElement));
            }
            catch (JsonException)
            {
                // Not a problem document after all: the status line alone.
            }
        }

        var line = parts.Count == 0 ? head : $"{head}: {string.Join("; ", parts)}";
        return new ServiceException(line.ReplaceLineEndings(" "), status);
    }

    private static IEnumerable<string> Describe(JsonElement problem)
    {
        if (problem.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        var detail = Text(problem, "detail") ?? Text(problem, "title");
        if (detail is not null)
        {
            yield return detail.TrimEnd('.') + ".";
        }

        if (problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in errors.EnumerateObject())
            {
                var messages = field.Value.ValueKind == JsonValueKind.Array
                    ? field.Value.EnumerateArray().Select(m => m.ToString())
                    : [field.Value.ToString()];
                yield return $"{field.Name}: {string.Join(" ", messages)}";
            }
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static string ReasonOf(HttpResponseMessage response) =>
        response.ReasonPhrase is { Length: > 0 } reason ? reason : response.StatusCode switch
        {
            HttpStatusCode.NotFound => "Not Found",
            var code => code.ToString(),
        };
}
