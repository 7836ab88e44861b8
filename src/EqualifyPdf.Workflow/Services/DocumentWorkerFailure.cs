namespace EqualifyPdf.Workflow.Services;

/// <summary>How an isolated document step failed; none of them is the user's doing.</summary>
public enum DocumentWorkerFailure
{
    /// <summary>The worker process died during the step (e.g. a parser stack overflow).</summary>
    Crashed,

    /// <summary>The step used up its CPU-time budget and its worker was stopped.</summary>
    TimedOut,

    /// <summary>The step passed the worker's memory ceiling and its worker was stopped.</summary>
    OutOfMemory,
}
