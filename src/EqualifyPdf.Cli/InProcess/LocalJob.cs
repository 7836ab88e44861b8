using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.Cli.InProcess;

/// <summary>One file of a <c>run</c>: its job id once submitted and the last snapshot seen.</summary>
internal sealed class LocalJob(string file)
{
    /// <summary>The input as given on the command line.</summary>
    public string File { get; } = file;

    /// <summary>The job's id in the in-process silo.</summary>
    public string JobId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The latest snapshot, or null before the job exists.</summary>
    public JobSnapshot? Snapshot { get; set; }

    /// <summary>Why the file never became a job (unreadable), or null.</summary>
    public string? Error { get; set; }

    /// <summary>Whether <c>run</c> has nothing more to wait for until someone decides.</summary>
    public bool IsSettled => Error is not null || Snapshot is { Status: var s } && (s.IsTerminal() || s == JobStatus.AwaitingApproval);
}
