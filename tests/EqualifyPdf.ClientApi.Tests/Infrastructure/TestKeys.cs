using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EqualifyPdf.ClientApi.Tests.Infrastructure;

/// <summary>API keys for tests, configured the way an operator would: name, role and the SHA-256 of the key.</summary>
internal static class TestKeys
{
    public static readonly TestKey Alice = new("alice", "submitter", "alice-key-" + Guid.NewGuid().ToString("N"));
    public static readonly TestKey Bob = new("bob", "submitter", "bob-key-" + Guid.NewGuid().ToString("N"));
    public static readonly TestKey Reviewer = new("dr-lee", "reviewer", "reviewer-key-" + Guid.NewGuid().ToString("N"));
    public static readonly TestKey Operator = new("ops", "operator", "operator-key-" + Guid.NewGuid().ToString("N"));

    public static IReadOnlyList<TestKey> All { get; } = [Alice, Bob, Reviewer, Operator];

    /// <summary><c>Auth:ApiKeys:N:*</c> for every test key, plus read limits high enough for polling tests.</summary>
    public static Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["RateLimits:Reads:PermitLimit"] = "100000" };
        for (var i = 0; i < All.Count; i++)
        {
            var prefix = "Auth:ApiKeys:" + i.ToString(CultureInfo.InvariantCulture);
            settings[prefix + ":Name"] = All[i].Name;
            settings[prefix + ":Role"] = All[i].Role;
            settings[prefix + ":KeySha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(All[i].Key)));
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A client of <paramref name="api"/> that sends <paramref name="key"/> on every request.</summary>
    public static HttpClient CreateClient(this ClientApiFactory api, TestKey key)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-Key", key.Key);
        return client;
    }
}

/// <summary>One configured key and the secret a client sends.</summary>
internal sealed record TestKey(string Name, string Role, string Key);
