namespace EqualifyPdf.ClientApi.Auth;

/// <summary>Authorization policy names used on the routes (<c>RequireAuthorization(AuthPolicies.Operator)</c>).</summary>
public static class AuthPolicies
{
    /// <summary>Any authenticated caller that may submit and follow its own jobs (submitter, reviewer or operator).</summary>
    public const string Submitter = "submitter";

    /// <summary>Reviewers and operators: decide PII approvals by job id.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>Operators only: every job, operator queries, dashboard, metrics.</summary>
    public const string Operator = "operator";
}
