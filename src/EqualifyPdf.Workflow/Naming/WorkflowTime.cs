namespace EqualifyPdf.Workflow.Naming;

/// <summary>
/// The service key of the clock the workflow reads (deadlines, history timestamps, expiry). It is keyed so tests
/// can move workflow time without moving the clocks Orleans itself runs on.
/// </summary>
public static class WorkflowTime
{
    /// <summary>Keyed-service name of the workflow <see cref="TimeProvider"/>.</summary>
    public const string Key = "EqualifyPdf.Workflow";
}
