using System.Security.Cryptography;
using EqualifyPdf.Contracts.Approvals;
using EqualifyPdf.Hosting.Progress;
using StackExchange.Redis;

namespace EqualifyPdf.ClientApi.Streaming;

/// <summary>
/// Single-use tokens that let a browser's <c>EventSource</c> (which cannot send an API key) open one job's stream:
/// 32 random bytes, only their SHA-256 kept in Redis for <see cref="Lifetime"/>, so any API process can redeem it
/// and only once.
/// </summary>
public sealed class StreamTokens(IConnectionMultiplexer redis, JobRedisKeys keys, TimeProvider time)
{
    /// <summary>How long an unused token stays valid.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(300);

    /// <summary>Mints a token for <paramref name="jobId"/>.</summary>
    /// <returns>The token and when it expires.</returns>
    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueAsync(string jobId)
    {
        var token = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        await redis.GetDatabase().StringSetAsync(keys.StreamToken(ApprovalTokenHash.Compute(token)), jobId, Lifetime).ConfigureAwait(false);
        return (token, time.GetUtcNow() + Lifetime);
    }

    /// <summary>Uses up <paramref name="token"/>: true when it was issued for <paramref name="jobId"/> and not used or expired.</summary>
    public async Task<bool> RedeemAsync(string jobId, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 128)
        {
            return false;
        }

        var stored = await redis.GetDatabase().StringGetDeleteAsync(keys.StreamToken(ApprovalTokenHash.Compute(token))).ConfigureAwait(false);
        return stored.HasValue && string.Equals((string)stored!, jobId, StringComparison.Ordinal);
    }
}
