namespace EqualifyPdf.Corrections.Llm.Calls;

/// <summary>One model answer.</summary>
/// <param name="Model">The model id that answered.</param>
/// <param name="Text">The answer's text.</param>
/// <param name="InputTokens">Input tokens the model reported.</param>
/// <param name="OutputTokens">Output tokens the model reported.</param>
/// <param name="Latency">Time from the first attempt to the answer, retries included.</param>
/// <param name="Attempts">HTTP attempts made (1 without retries).</param>
public sealed record LlmAnswer(string Model, string Text, long InputTokens, long OutputTokens, TimeSpan Latency, int Attempts);
