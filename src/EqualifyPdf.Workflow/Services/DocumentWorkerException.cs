namespace EqualifyPdf.Workflow.Services;

/// <summary>
/// A document step's worker died, ran out of its CPU-time budget or hit its memory ceiling. The message never blames
/// the user; the job counts these per step (<see cref="WorkflowOptions.MaxStepStarts"/>) and only then calls the
/// PDF unsafe to process.
/// </summary>
public sealed class DocumentWorkerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentWorkerException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DocumentWorkerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception around its cause.</summary>
    public DocumentWorkerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="failure"/>.</summary>
    public DocumentWorkerException(DocumentWorkerFailure failure, string message, Exception? innerException = null)
        : base(message, innerException) => Failure = failure;

    /// <summary>What stopped the worker.</summary>
    public DocumentWorkerFailure Failure { get; }
}

/// <summary>Why a worker stopped before finishing a step.</summary>
public enum DocumentWorkerFailure
{
    /// <summary>The worker process exited or broke its connection.</summary>
    Crashed = 0,

    /// <summary>The step used up its CPU-time budget.</summary>
    TimedOut = 1,

    /// <summary>The step passed its memory ceiling.</summary>
    OutOfMemory = 2,
}
