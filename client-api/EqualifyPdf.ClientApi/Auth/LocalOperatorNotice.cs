using EqualifyPdf.Hosting.Security;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.ClientApi.Auth;

/// <summary>Says once at start-up that every request is the local operator (no keys, loopback only).</summary>
internal sealed partial class LocalOperatorNotice(IOptions<ApiKeyOptions> keys, ILogger<LocalOperatorNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!keys.Value.HasKeys)
        {
            LogLocalOperator(logger, LocalOperator.Name);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No API keys are configured (Auth:ApiKeys) and the API listens on loopback only: every request is {Operator}.")]
    private static partial void LogLocalOperator(ILogger logger, string @operator);
}
