using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.ClientApi.Models;

/// <summary>The 202 body of <c>POST /api/v1/documents/submit</c>.</summary>
public sealed record SubmitResponse(string JobId, JobStatus Status, string StatusUrl, int? EstimatedCompletionMinutes = null);
