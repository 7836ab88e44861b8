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
    public async Task NotifyAsync(ApprovalNotification notification, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var folder = Path.GetFullPath(settings.OutboxFolder);
        Directory.CreateDirectory(folder);

        // One file per job and type: re-sending after a crash replaces the file instead of adding a duplicate.
        var name = $"{notification.Type}-{notification.JobId}.json";
        var temp = Path.Combine(folder, $".tmp-{Guid.NewGuid():N}");
        await File.WriteAllBytesAsync(temp, JsonSerializer.SerializeToUtf8Bytes(notification, Json), cancellationToken)
            .ConfigureAwait(false);
        File.Move(temp, Path.Combine(folder, name), overwrite: true);
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
