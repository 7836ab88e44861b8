namespace EqualifyPdf.Hosting.Security;

/// <summary>One configured API key: <c>Auth:ApiKeys:N:Name</c>, <c>…:Role</c> and <c>…:KeySha256</c>.</summary>
public sealed class ApiKeyEntry
{
    /// <summary>Who holds the key; recorded as the actor of what the key does.</summary>
    public string Name { get; set; } = "";

    /// <summary>One of <see cref="ApiKeyRoles.All"/>.</summary>
    public string Role { get; set; } = "";

    /// <summary>Hex SHA-256 of the key (64 hex digits); the key itself is never stored.</summary>
    public string KeySha256 { get; set; } = "";
}
