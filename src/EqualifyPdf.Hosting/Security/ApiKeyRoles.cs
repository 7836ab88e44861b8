namespace EqualifyPdf.Hosting.Security;

/// <summary>The role names an API key can hold (<c>Auth:ApiKeys:N:Role</c>), shared by the API and the silo.</summary>
public static class ApiKeyRoles
{
    /// <summary>Submits documents and sees only its own jobs.</summary>
    public const string Submitter = "submitter";

    /// <summary>Decides PII approvals.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>Sees every job, cancels and retries any, reaches the dashboard and metrics.</summary>
    public const string Operator = "operator";

    /// <summary>Every valid role.</summary>
    public static IReadOnlyList<string> All { get; } = [Submitter, Reviewer, Operator];
}
