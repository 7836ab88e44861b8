using System.Globalization;
using System.Threading.RateLimiting;
using EqualifyPdf.ClientApi.Approvals;
using EqualifyPdf.ClientApi.Auth;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.ClientApi.Limits;

/// <summary>
/// The <see cref="RateLimitPolicies"/> on ASP.NET Core rate limiting: fixed windows partitioned by API key, or by
/// client IP for anonymous callers; decisions by review token. The keyless local operator (loopback only) is not
/// limited except per token. A rejected request gets 429 problem details with <c>Retry-After</c>.
/// </summary>
public static class RateLimitExtensions
{
    /// <summary>Registers the policies from the <c>RateLimits</c> section.</summary>
    public static IServiceCollection AddEqualifyRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.SectionName)
            .Validate(o => new[] { o.Submit, o.Reads, o.Commands, o.Decisions }.All(r => r.PermitLimit > 0 && r.Window > TimeSpan.Zero),
                "Every RateLimits:*:PermitLimit and Window must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.AddPolicy(RateLimitPolicies.Submit, context => PerCaller(context, RateLimitPolicies.Submit, o => o.Submit));
            limiter.AddPolicy(RateLimitPolicies.Reads, context => PerCaller(context, RateLimitPolicies.Reads, o => o.Reads));
            limiter.AddPolicy(RateLimitPolicies.Commands, context => PerCaller(context, RateLimitPolicies.Commands, o => o.Commands));
            limiter.AddPolicy(RateLimitPolicies.Decisions, PerToken);
        });
        return services;
    }

    private static RateLimitPartition<string> PerCaller(HttpContext context, string policy, Func<RateLimitOptions, RateLimitRule> rule)
    {
        if (!context.User.HasApiKey() && context.User.IsOperator())
        {
            return RateLimitPartition.GetNoLimiter(policy + ":local");
        }

        return Window(context, $"{policy}:{CallerKey(context)}", rule);
    }

    private static RateLimitPartition<string> PerToken(HttpContext context)
    {
        // The token's hash, never the token, is what stays in the limiter's table.
        var token = context.Request.RouteValues["token"] as string;
        var partition = token is not null && ApprovalTokenKey.TryCompute(token) is { } hash
            ? $"token:{hash}"
            : $"job:{CallerKey(context)}:{context.Request.RouteValues["jobId"] ?? context.Request.RouteValues["id"]}";
        return Window(context, $"{RateLimitPolicies.Decisions}:{partition}", o => o.Decisions);
    }

    private static RateLimitPartition<string> Window(HttpContext context, string partition, Func<RateLimitOptions, RateLimitRule> rule)
    {
        var configured = rule(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = configured.PermitLimit,
            Window = configured.Window,
            QueueLimit = 0,
        });
    }

    private static string CallerKey(HttpContext context) =>
        context.User.HasApiKey() ? $"key:{context.User.CallerName()}" : $"ip:{context.Connection.RemoteIpAddress}";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
                $"Too many requests; try again in {seconds} s.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too Many Requests")
            .ExecuteAsync(rejected.HttpContext).ConfigureAwait(false);
    }
}
