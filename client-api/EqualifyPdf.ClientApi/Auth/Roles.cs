using EqualifyPdf.Hosting.Security;

namespace EqualifyPdf.ClientApi.Auth;

/// <summary>The roles an API caller can hold (the <c>Auth:ApiKeys:N:Role</c> values).</summary>
public static class Roles
{
    /// <summary>Submits documents and sees only its own jobs.</summary>
    public const string Submitter = ApiKeyRoles.Submitter;

    /// <summary>Decides PII approvals.</summary>
    public const string Reviewer = ApiKeyRoles.Reviewer;

    /// <summary>Sees every job, cancels and retries any, reaches the dashboard and metrics.</summary>
    public const string Operator = ApiKeyRoles.Operator;
}
