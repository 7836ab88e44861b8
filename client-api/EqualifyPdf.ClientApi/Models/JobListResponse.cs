using EqualifyPdf.ClientApi.Queries;

namespace EqualifyPdf.ClientApi.Models;

/// <summary>The body of <c>GET /api/v1/jobs</c>; pass <paramref name="NextCursor"/> as <c>cursor</c> for the next page.</summary>
public sealed record JobListResponse(IReadOnlyList<JobIndexEntry> Items, string? NextCursor);
