using System.Security.Claims;
using EqualifyPdf.ClientApi.SignIn;
using EqualifyPdf.Hosting.Security;

namespace EqualifyPdf.ClientApi.Auth;

/// <summary>Who is calling, as the routes need it: the name recorded in history and whether all jobs are visible.</summary>
public static class CallerExtensions
{
    /// <summary>The authenticated caller's name (the history's actor and a job's <c>submitted_by</c>).</summary>
    public static string CallerName(this ClaimsPrincipal user) =>
        user.Identity?.Name is { Length: > 0 } name ? name : LocalOperator.Name;

    /// <summary>True when the caller sees and acts on every job, not just its own.</summary>
    public static bool IsOperator(this ClaimsPrincipal user) => user.IsInRole(Roles.Operator);

    /// <summary>True when the caller may see the job submitted by <paramref name="submittedBy"/>: operators and
    /// reviewers (who decide approvals by job id) see every job, a submitter its own.</summary>
    public static bool MaySee(this ClaimsPrincipal user, string submittedBy) =>
        user.IsOperator() || user.IsInRole(Roles.Reviewer) || user.Owns(submittedBy);

    /// <summary>True when the caller may cancel or retry the job submitted by <paramref name="submittedBy"/>:
    /// operators any job, everyone else only its own.</summary>
    public static bool MayAct(this ClaimsPrincipal user, string submittedBy) => user.IsOperator() || user.Owns(submittedBy);

    /// <summary>True when the caller authenticated with an API key, in the header or through a browser session opened
    /// with one (not the keyless local operator).</summary>
    public static bool HasApiKey(this ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, AuthenticationType: ApiKeyAuthenticationHandler.SchemeName or BrowserSession.SchemeName };

    /// <summary>The reviewer recorded for a decision: the key's name when the caller has one, else what the body
    /// says (<paramref name="given"/>, for token-only reviews).</summary>
    public static string? ReviewerName(this ClaimsPrincipal user, string? given) =>
        user.HasApiKey() ? user.CallerName() : given?.Trim();

    private static bool Owns(this ClaimsPrincipal user, string submittedBy) =>
        string.Equals(user.CallerName(), submittedBy, StringComparison.Ordinal);
}
