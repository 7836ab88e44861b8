using System.Text.Json;

namespace EqualifyPdf.Corrections.Llm.Operations;

/// <summary>Reads the model's answer: one JSON object <c>{"operations": [...]}</c>, possibly inside a code fence.</summary>
public static class OperationParser
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The operations of <paramref name="answer"/>, or null when it is not an object of the schema.</summary>
    public static IReadOnlyList<EditOperation>? Parse(string answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return null;
        }

        // Models sometimes wrap the object in prose or a ```json fence: take the outermost braces.
        var start = answer.IndexOf('{', StringComparison.Ordinal);
        var end = answer.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            var body = JsonSerializer.Deserialize<AnswerBody>(answer.AsSpan(start, end - start + 1), Json);
            return body?.Operations is { } ops && ops.All(o => o is not null) ? ops : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record AnswerBody(IReadOnlyList<EditOperation>? Operations);
}
