namespace EqualifyPdf.ClientApi.Queries;

/// <summary>One page of <see cref="IJobIndex.ListAsync"/>; <paramref name="NextCursor"/> is null on the last page.</summary>
public sealed record JobListPage(IReadOnlyList<JobIndexEntry> Items, string? NextCursor);
