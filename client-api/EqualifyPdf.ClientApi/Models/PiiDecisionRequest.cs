namespace EqualifyPdf.ClientApi.Models;

/// <summary>The body of <c>POST /api/v1/documents/{job_id}/pii/approve</c> and <c>/pii/deny</c> (the Equalify reflow API's shape).</summary>
public sealed record PiiDecisionRequest(string? ReviewedBy, string? Justification);
