using EqualifyPdf.Contracts.Approvals;

namespace EqualifyPdf.ClientApi.Approvals;

/// <summary>Turns the token from a review link into the key of its approval grain; the token itself is never kept.</summary>
public static class ApprovalTokenKey
{
    // 32 random bytes in base64url are 43 characters; allow slack but refuse anything absurd before hashing.
    private const int MaxTokenLength = 128;

    /// <summary>The grain key (<see cref="ApprovalTokenHash.Compute"/>), or null when the text cannot be a token.</summary>
    public static string? TryCompute(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || !token.All(IsBase64UrlChar))
        {
            return null;
        }

        return ApprovalTokenHash.Compute(token);
    }

    private static bool IsBase64UrlChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
