using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EqualifyPdf.Workflow.Services;

/// <summary>
/// Writes each notification as one JSON file into the outbox folder (a pickup folder a mailer or a person reads),
/// then optionally POSTs the same JSON to a webhook. The file is the durable record: a failing webhook is logged
/// and does not fail the job. The review URL carries the token and is never logged.
/// </summary>
public sealed class OutboxApprovalNotifier(
    IOptions<WorkflowOptions> options,
    IHttpClientFactory httpClientFactory,
    ILogger<OutboxApprovalNotifier> logger) : IApprovalNotifier
{
    /// <summary>Name of the <see cref="HttpClient"/> used for the webhook.</summary>
    public const string WebhookClientName = "EqualifyPdf.Webhook";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <inheritdoc />
    public Task WithdrawAsync(string jobId, CancellationToken cancellationToken)
    {
        var path = FileFor(Path.GetFullPath(options.Value.OutboxFolder), ApprovalNotification.ApprovalRequired, jobId);
        File.Delete(path); // a missing file is not an error
        return Task.CompletedTask;
    }

    private static string FileFor(string folder, string type, string jobId) => Path.Combine(folder, $"{type}-{jobId}.json");

    /// <inheritdoc />
    public async Task NotifyAsync(ApprovalNotification notification, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var folder = Path.GetFullPath(settings.OutboxFolder);
        Directory.CreateDirectory(folder);

        // One file per job and type: re-sending after a crash replaces the file instead of adding a duplicate. It holds
        // a live review link, so only the service's own user may read it (0600 from creation, before a byte is in it).
        var temp = Path.Combine(folder, $".tmp-{Guid.NewGuid():N}");
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(temp, file))
        {
            await stream.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(notification, Json), cancellationToken).ConfigureAwait(false);
        }

        File.Move(temp, FileFor(folder, notification.Type, notification.JobId), overwrite: true);
        logger.LogInformation("Notification {Type} for job {JobId} written to the outbox", notification.Type, notification.JobId);

        if (string.IsNullOrWhiteSpace(settings.WebhookUrl))
        {
            return;
        }

        try
        {
            using var client = httpClientFactory.CreateClient(WebhookClientName);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.WebhookTimeout);
            using var response = await client.PostAsJsonAsync(settings.WebhookUrl, notification, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning(
                    "Webhook for job {JobId} answered {Status}; the outbox file remains", notification.JobId, (int)response.StatusCode);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Webhook for job {JobId} failed ({Error}); the outbox file remains", notification.JobId, e.GetType().Name);
        }
    }
}
