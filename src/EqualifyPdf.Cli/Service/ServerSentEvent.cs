namespace EqualifyPdf.Cli.Service;

/// <summary>One event of a <c>text/event-stream</c>.</summary>
/// <param name="Id">The <c>id:</c> field (the job's event sequence), or null.</param>
/// <param name="Type">The <c>event:</c> field; <c>message</c> when absent.</param>
/// <param name="Data">The <c>data:</c> lines joined by newlines.</param>
internal sealed record ServerSentEvent(string? Id, string Type, string Data);
