using System.Globalization;
using System.Text.Json;
using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.ClientApi.Web;

/// <summary>The words the pages show for statuses, stages and errors, kept in one place.</summary>
public static class WebText
{
    /// <summary>The wire name (<c>pii_scanning</c>), as the API and the live updates use it.</summary>
    public static string WireName(JobStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    /// <summary>A status in words.</summary>
    public static string Describe(JobStatus status) => status switch
    {
        JobStatus.Submitted => "Submitted",
        JobStatus.PiiScanning => "Checking for personal data",
        JobStatus.AwaitingApproval => "Waiting for a reviewer",
        JobStatus.Processing => "Converting",
        JobStatus.Completed => "Completed",
        JobStatus.Failed => "Failed",
        JobStatus.Denied => "Denied by a reviewer",
        JobStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    /// <summary>A stage (<c>page_correction</c>) in words (<c>page correction</c>).</summary>
    public static string DescribeStage(string stage) => stage.Replace('_', ' ');

    /// <summary>What the user can do about a failure.</summary>
    public static string NextStep(ErrorCategory category) => category switch
    {
        ErrorCategory.UserFixable => "The PDF itself is the problem. Export it again from the original document (or repair it) and upload it again.",
        ErrorCategory.Temporary => "This is a temporary problem on our side. Use Retry; the job resumes from its last good step.",
        _ => "An operator needs to look at this. Contact your operator and quote the job id.",
    };

    /// <summary>The category in words.</summary>
    public static string Describe(ErrorCategory category) => category switch
    {
        ErrorCategory.UserFixable => "Fixable in the PDF",
        ErrorCategory.Temporary => "Temporary",
        _ => "Needs an operator",
    };

    /// <summary>A UTC time as the pages show it (the <c>time</c> element carries the exact value).</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The machine-readable value of a <c>time</c> element.</summary>
    public static string IsoTime(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>A span such as "3 h 12 min".</summary>
    public static string Age(TimeSpan span) => span.TotalMinutes < 1 ? "under a minute"
        : span.TotalHours < 1 ? $"{(int)span.TotalMinutes} min"
        : span.TotalDays < 1 ? $"{(int)span.TotalHours} h {span.Minutes} min"
        : $"{(int)span.TotalDays} d {span.Hours} h";

    /// <summary>Bytes in MB for people.</summary>
    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
