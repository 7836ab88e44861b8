namespace EqualifyPdf.Workflow.Services;

/// <summary>
/// A document step (PII scan or conversion) could not finish because its isolated worker process crashed, ran out of
/// time or ran out of memory. Unlike <see cref="Conversion.ConversionException"/> it does not say the PDF is bad: the
/// caller counts these per job and gives up after a few, so one poison file cannot loop forever. The message never
/// blames the user.
/// </summary>
public sealed class DocumentWorkerException : Exception
{
    /// <summary>Creates the exception with the standard message for <paramref name="failure"/>.</summary>
    /// <param name="failure">How the step failed.</param>
    /// <param name="innerException">The transport error seen by the caller, if any.</param>
    public DocumentWorkerException(DocumentWorkerFailure failure, Exception? innerException = null)
        : base(MessageFor(failure), innerException)
    {
        Failure = failure;
    }

    /// <summary>How the step failed.</summary>
    public DocumentWorkerFailure Failure { get; }

    private static string MessageFor(DocumentWorkerFailure failure) => failure switch
    {
        DocumentWorkerFailure.TimedOut => "Processing this document used up its time budget; the worker was stopped.",
        DocumentWorkerFailure.OutOfMemory => "Processing this document needed more memory than a worker may use; the worker was stopped.",
        _ => "The worker processing this document stopped unexpectedly.",
    };
}
