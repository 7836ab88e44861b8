using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Hosting.Security;

/// <summary>
/// Checks the <c>Auth</c> section at start-up: each key has a name, a known role and a 64-digit hex hash, names are
/// unique — and, when <paramref name="requireKeysUnlessLoopback"/>, a host listening beyond loopback has keys. A bad
/// configuration stops the host with one line naming every problem.
/// </summary>
public sealed class ApiKeyOptionsValidator(IConfiguration configuration, bool requireKeysUnlessLoopback) : IValidateOptions<ApiKeyOptions>
{
    /// <summary>The refusal when the host is reachable from other machines and no key is configured.</summary>
    public const string ExposedWithoutKeys =
        "No API keys are configured (Auth:ApiKeys) and the API listens beyond loopback: configure keys or bind to 127.0.0.1.";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var key = options.ApiKeys[i];
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                problems.Add($"Auth:ApiKeys:{i}:Name is empty.");
            }

            if (!ApiKeyRoles.All.Contains(key.Role, StringComparer.Ordinal))
            {
                problems.Add($"Auth:ApiKeys:{i}:Role must be one of {string.Join(", ", ApiKeyRoles.All)}.");
            }

            if (!ApiKeyHash.IsValidHex(key.KeySha256))
            {
                problems.Add($"Auth:ApiKeys:{i}:KeySha256 must be the key's SHA-256 as 64 hex digits.");
            }
        }

        foreach (var duplicate in options.ApiKeys.GroupBy(k => k.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"Auth:ApiKeys: the name '{duplicate.Key}' is used more than once.");
        }

        if (requireKeysUnlessLoopback && !options.HasKeys && !ListenAddresses.AreLoopbackOnly(configuration))
        {
            problems.Add(ExposedWithoutKeys);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(string.Join(" ", problems));
    }
}
