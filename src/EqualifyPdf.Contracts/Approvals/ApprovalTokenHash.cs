using System.Security.Cryptography;
using System.Text;

namespace EqualifyPdf.Contracts.Approvals;

/// <summary>Maps an approval token to the key of its <see cref="IApprovalTokenGrain"/>.</summary>
public static class ApprovalTokenHash
{
    /// <summary>Lowercase hex SHA-256 of the token's UTF-8 bytes: the only form in which a token is stored.</summary>
    public static string Compute(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
