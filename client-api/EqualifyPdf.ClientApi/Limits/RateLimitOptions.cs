namespace EqualifyPdf.ClientApi.Limits;

/// <summary>Rate limits per API key (per client IP when anonymous); bound from the <c>RateLimits</c> section.</summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "RateLimits";

    /// <summary>Submits. Default 10 per minute.</summary>
    public RateLimitRule Submit { get; set; } = new() { PermitLimit = 10 };

    /// <summary>Status, result and review reads. Default 120 per minute.</summary>
    public RateLimitRule Reads { get; set; } = new() { PermitLimit = 120 };

    /// <summary>Cancels and retries. Default 30 per minute.</summary>
    public RateLimitRule Commands { get; set; } = new() { PermitLimit = 30 };

    /// <summary>Approval decisions, per review token (per key and job for decisions by job id). Default 10 per minute.</summary>
    public RateLimitRule Decisions { get; set; } = new() { PermitLimit = 10 };
}
