namespace EqualifyPdf.ClientApi.Models;

/// <summary>The body of <c>POST /api/v1/documents/{job_id}/stream/token</c>: open <paramref name="StreamUrl"/> with <c>EventSource</c>.</summary>
public sealed record StreamTokenResponse(string Token, DateTimeOffset ExpiresAt, string StreamUrl);
