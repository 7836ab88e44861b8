namespace EqualifyPdf.ClientApi.Models;

/// <summary>
/// The body of <c>POST /api/v1/approval/{token}/decision</c>. Fields are plain strings so every problem is reported
/// as a validation error rather than a bare binding failure.
/// </summary>
public sealed record DecisionRequest(string? Decision, string? Justification, string? ReviewedBy);
