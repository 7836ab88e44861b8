namespace EqualifyPdf.Contracts.Jobs;

/// <summary>The answer to a command (cancel, retry) on a job.</summary>
/// <param name="Outcome">Whether the command took effect.</param>
/// <param name="Job">The job's state after the command; null when the job does not exist.</param>
/// <param name="Message">Why a command was refused, for problem details.</param>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.JobCommandResult")]
public sealed record JobCommandResult(CommandOutcome Outcome, JobSnapshot? Job, string? Message = null);

/// <summary>Result kinds of a command, mapped 1:1 to HTTP statuses by the front end.</summary>
[GenerateSerializer]
[Alias("EqualifyPdf.CommandOutcome")]
public enum CommandOutcome
{
    /// <summary>The command changed the job (HTTP 202/200).</summary>
    Applied = 0,
    /// <summary>The same command had already taken effect: nothing changed (HTTP 200).</summary>
    AlreadyApplied = 1,
    /// <summary>The command contradicts the job's state (HTTP 409).</summary>
    Conflict = 2,
    /// <summary>No such job (HTTP 404).</summary>
    NotFound = 3,
    /// <summary>The resource existed but is no longer usable: expired or used-up token (HTTP 410).</summary>
    Gone = 4,
}
