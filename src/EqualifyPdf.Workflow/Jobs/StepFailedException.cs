using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>A workflow step failed in a way the user or an operator must hear about.</summary>
internal sealed class StepFailedException(JobError error, Exception? inner = null) : Exception(error.Message, inner)
{
    public JobError Error { get; } = error;
}
