using System.Text.Json.Serialization;

namespace EqualifyPdf.Workflow.Services;

/// <summary>A message to reviewers; written as snake_case JSON to the outbox and the optional webhook.</summary>
/// <param name="Type">Kind of notification, e.g. <see cref="ApprovalRequired"/>.</param>
/// <param name="JobId">The job concerned.</param>
/// <param name="ReviewUrl">Absolute review link; carries the secret token, so it is never logged.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record ApprovalNotification(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("job_id")] string JobId,
    [property: JsonPropertyName("review_url")] string ReviewUrl,
    [property: JsonPropertyName("expires_at")] DateTimeOffset ExpiresAt)
{
    /// <summary>A document holds PII and waits for a reviewer.</summary>
    public const string ApprovalRequired = "approval_required";
}
