namespace EqualifyPdf.Workflow.Naming;

/// <summary>Names of the persistent state slots inside each grain (part of the storage key: never rename).</summary>
public static class StateNames
{
    /// <summary>The job's state machine.</summary>
    public const string Job = "job";

    /// <summary>A page's correction result.</summary>
    public const string Page = "page";

    /// <summary>An approval token's binding to its job.</summary>
    public const string Token = "token";
}
