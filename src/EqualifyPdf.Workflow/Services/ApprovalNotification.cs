using System.Text.Json.Serialization;

namespace EqualifyPdf.Workflow.Services;

/// <summary>A message to reviewers; written as snake_case JSON to the outbox and the optional webhook.</summary>
/// <param name="Type">Kind of notification, e.g. <see cref="ApprovalRequired"/>.</param>
/// <param name="JobId">The job concerned.</param>
/// <param name="ReviewUrl">Absolute review link; carries the secret token, so it is never logged.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
/// <param name="Filename">The document's file name.</param>
/// <param name="FindingCounts">Findings per entity type — counts only, never a found value.</param>
/// <param name="SubmittedBy">Who submitted the document; picks the reviewers of the e-mail.</param>
public sealed record ApprovalNotification(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("job_id")] string JobId,
    [property: JsonPropertyName("review_url")] string ReviewUrl,
    [property: JsonPropertyName("expires_at")] DateTimeOffset ExpiresAt,
    [property: JsonPropertyName("filename")] string? Filename = null,
    [property: JsonPropertyName("finding_counts")] IReadOnlyDictionary<string, int>? FindingCounts = null,
    [property: JsonPropertyName("submitted_by")] string? SubmittedBy = null)
{
    /// <summary>A document holds PII and waits for a reviewer.</summary>
    public const string ApprovalRequired = "approval_required";
}
