namespace EqualifyPdf.ClientApi.Auth;

/// <summary>The identity of every request when no API keys are configured and the API listens on loopback only.</summary>
public static class LocalOperator
{
    /// <summary>The name recorded in history for such requests.</summary>
    public const string Name = "local-operator";
}
