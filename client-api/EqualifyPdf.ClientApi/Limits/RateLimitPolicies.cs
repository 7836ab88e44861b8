namespace EqualifyPdf.ClientApi.Limits;

/// <summary>Rate-limit policy names for <c>RequireRateLimiting</c>; each is configured under <c>RateLimits:*</c>.</summary>
public static class RateLimitPolicies
{
    /// <summary><c>RateLimits:Submit</c>, per key.</summary>
    public const string Submit = "submit";

    /// <summary><c>RateLimits:Reads</c>, per key.</summary>
    public const string Reads = "reads";

    /// <summary><c>RateLimits:Commands</c> (cancel, retry), per key.</summary>
    public const string Commands = "commands";

    /// <summary><c>RateLimits:Decisions</c>, per review token (or per key and job id).</summary>
    public const string Decisions = "decisions";
}
