namespace EqualifyPdf.Contracts.Jobs;

/// <summary>Why a job failed, in terms a user can act on.</summary>
/// <param name="Stage">The stage that failed (e.g. <c>pii_scan</c>, <c>conversion</c>, <c>page_correction</c>).</param>
/// <param name="Category">Who can fix it.</param>
/// <param name="Message">A message the user can act on; never contains document content.</param>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.JobError")]
public sealed record JobError(string Stage, ErrorCategory Category, string Message);

/// <summary>Who can fix a failure. Serialized snake_case (<c>user_fixable</c>).</summary>
[GenerateSerializer]
[Alias("EqualifyPdf.ErrorCategory")]
public enum ErrorCategory
{
    /// <summary>The input is at fault: the user can fix it and resubmit.</summary>
    UserFixable = 0,
    /// <summary>A transient fault: a retry may succeed.</summary>
    Temporary = 1,
    /// <summary>Needs an operator.</summary>
    AdminRequired = 2,
}
