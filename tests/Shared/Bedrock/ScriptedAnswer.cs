using System.Text.Json;

namespace EqualifyPdf.Testing.Bedrock;

/// <summary>One answer the fake Bedrock runtime gives, in order.</summary>
internal sealed record ScriptedAnswer(int Status, string Body, TimeSpan Delay = default, string? RetryAfter = null, string? ErrorType = null)
{
    /// <summary>A 200 Messages answer whose text is <paramref name="text"/>, with the given usage.</summary>
    public static ScriptedAnswer Text(string text, int inputTokens, int outputTokens, TimeSpan delay = default) => new(200, JsonSerializer.Serialize(new
    {
        id = "msg_fake",
        type = "message",
        role = "assistant",
        model = "fake",
        content = new[] { new { type = "text", text } },
        stop_reason = "end_turn",
        stop_sequence = (string?)null,
        usage = new { input_tokens = inputTokens, output_tokens = outputTokens },
    }), delay);

    /// <summary>An answer with operations <paramref name="operations"/> (anonymous objects, serialized as given).</summary>
    public static ScriptedAnswer Operations(int inputTokens, int outputTokens, params object[] operations) =>
        Text(JsonSerializer.Serialize(new { operations }), inputTokens, outputTokens);

    /// <summary>Bedrock's throttling answer.</summary>
    public static ScriptedAnswer Throttled(string retryAfter) =>
        new(429, """{"message":"Too many requests, please wait before trying again."}""", RetryAfter: retryAfter, ErrorType: "ThrottlingException");

    /// <summary>A server failure.</summary>
    public static ScriptedAnswer ServerError() => new(500, """{"message":"Internal server error"}""", ErrorType: "InternalServerException");
}
