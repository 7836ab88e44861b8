using System.Security.Claims;

namespace EqualifyPdf.ClientApi.Auth;

/// <summary>Who is calling, as the routes need it: the name recorded in history and whether all jobs are visible.</summary>
public static class CallerExtensions
{
    /// <summary>The authenticated caller's name (the history's actor and a job's <c>submitted_by</c>).</summary>
    public static string CallerName(this ClaimsPrincipal user) =>
        user.Identity?.Name is { Length: > 0 } name ? name : LocalOperator.Name;

    /// <summary>True when the caller sees and acts on every job, not just its own.</summary>
    public static bool IsOperator(this ClaimsPrincipal user) => user.IsInRole(Roles.Operator);

    /// <summary>True when the caller may see the job submitted by <paramref name="submittedBy"/>.</summary>
    public static bool MaySee(this ClaimsPrincipal user, string submittedBy) =>
        user.IsOperator() || user.IsInRole(Roles.Reviewer) || string.Equals(user.CallerName(), submittedBy, StringComparison.Ordinal);
}
