namespace EqualifyPdf.Contracts.Jobs;

/// <summary>One entry of a job's history: every status change is recorded before its effects run.</summary>
/// <param name="At">When the transition was persisted.</param>
/// <param name="From">Status before; null for the first entry.</param>
/// <param name="To">Status after.</param>
/// <param name="Reason">Machine-readable reason, e.g. <c>pii_found</c>, <c>approval_timeout</c>, <c>timeout</c>.</param>
/// <param name="Actor">Who caused it: <c>system</c>, or the reviewer/user name.</param>
/// <param name="Note">Free text the actor gave, e.g. why an operator skipped the PII scan.</param>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.JobTransition")]
public sealed record JobTransition(DateTimeOffset At, JobStatus? From, JobStatus To, string Reason, string Actor, string? Note = null);
