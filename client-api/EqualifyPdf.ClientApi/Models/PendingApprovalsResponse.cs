using EqualifyPdf.ClientApi.Queries;

namespace EqualifyPdf.ClientApi.Models;

/// <summary>The body of <c>GET /api/v1/approvals/pending</c>, oldest first.</summary>
public sealed record PendingApprovalsResponse(IReadOnlyList<JobIndexEntry> Items);
