using System.Security.Cryptography;

namespace EqualifyPdf.Workflow.Approvals;

/// <summary>Creates approval tokens.</summary>
internal static class ApprovalTokens
{
    /// <summary>32 random bytes, base64url without padding (43 characters).</summary>
    public static string Create() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
