using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EqualifyPdf.Web.Tests.Infrastructure;

/// <summary>API keys for the signed-in flows, configured as an operator would (name, role, SHA-256 of the key).</summary>
internal static class WebKeys
{
    public static readonly (string Name, string Role, string Key) Submitter = ("alice", "submitter", "alice-" + Guid.NewGuid().ToString("N"));
    public static readonly (string Name, string Role, string Key) Reviewer = ("dr-lee", "reviewer", "lee-" + Guid.NewGuid().ToString("N"));
    public static readonly (string Name, string Role, string Key) Operator = ("ops", "operator", "ops-" + Guid.NewGuid().ToString("N"));

    /// <summary><c>Auth:ApiKeys:N:*</c> for the three keys.</summary>
    public static Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>();
        (string Name, string Role, string Key)[] all = [Submitter, Reviewer, Operator];
        for (var i = 0; i < all.Length; i++)
        {
            var prefix = "Auth:ApiKeys:" + i.ToString(CultureInfo.InvariantCulture);
            settings[prefix + ":Name"] = all[i].Name;
            settings[prefix + ":Role"] = all[i].Role;
            settings[prefix + ":KeySha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all[i].Key)));
        }

        return settings;
    }
}
