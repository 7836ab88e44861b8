using System.Net.Sockets;
using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Workflow.Services;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace EqualifyPdf.Workflow.Approvals;

/// <summary>
/// Sends the reviewers' e-mail over SMTP (MailKit), retrying a failed attempt with jittered exponential backoff
/// (Polly) up to <see cref="SmtpSettings.MaxAttempts"/> times. Never throws for a delivery failure: the answer says
/// how it went. A refused login or a permanent (5xx) refusal is not retried. The review link is never logged.
/// </summary>
public sealed class SmtpReviewerMailer(IOptions<SmtpSettings> options, TimeProvider time, ILogger<SmtpReviewerMailer> logger)
{
    /// <summary>Delivers the e-mail for <paramref name="notification"/>; returns null when it has no reviewer.</summary>
    public async Task<ReviewerNotice?> DeliverAsync(ApprovalNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var settings = options.Value;
        var reviewers = settings.ReviewersFor(notification.SubmittedBy);
        if (reviewers.Count == 0)
        {
            logger.LogWarning("Job {JobId}: no reviewer address for submitter {Submitter}; no e-mail sent", notification.JobId, notification.SubmittedBy);
            return null;
        }

        var attempts = 0;
        var pipeline = new ResiliencePipelineBuilder { TimeProvider = time }.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
            MaxRetryAttempts = Math.Max(0, settings.MaxAttempts - 1),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = settings.RetryBaseDelay,
            MaxDelay = TimeSpan.FromMinutes(1),
            OnRetry = args =>
            {
                logger.LogWarning("Job {JobId}: reviewer e-mail attempt {Attempt} failed ({Error}); retrying in {Delay}",
                    notification.JobId, args.AttemptNumber + 1, args.Outcome.Exception?.GetType().Name, args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        }).Build();
        try
        {
            await pipeline.ExecuteAsync(async ct =>
            {
                attempts++;
                await SendOnceAsync(ReviewerMail.Build(notification, settings, reviewers), settings, ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Job {JobId}: reviewer e-mail sent to {Count} address(es) after {Attempts} attempt(s)",
                notification.JobId, reviewers.Count, attempts);
            return new ReviewerNotice("email", ReviewerNotice.Sent, time.GetUtcNow(), attempts, reviewers.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError("Job {JobId}: reviewer e-mail failed after {Attempts} attempt(s) ({Error}: {Message}); the outbox file remains",
                notification.JobId, attempts, e.GetType().Name, e.Message);
            return new ReviewerNotice("email", ReviewerNotice.Failed, time.GetUtcNow(), attempts, reviewers.Count);
        }
    }

    private static async Task SendOnceAsync(MimeKit.MimeMessage message, SmtpSettings settings, CancellationToken ct)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(settings.Timeout);
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host!, settings.Port, settings.Security, attempt.Token).ConfigureAwait(false);
        var user = Environment.GetEnvironmentVariable(settings.UserNameVariable);
        if (!string.IsNullOrEmpty(user))
        {
            await client.AuthenticateAsync(user, Environment.GetEnvironmentVariable(settings.PasswordVariable) ?? "", attempt.Token).ConfigureAwait(false);
        }

        await client.SendAsync(message, attempt.Token).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, attempt.Token).ConfigureAwait(false);
    }

    // A wrong password or a permanent refusal will not change on its own; everything else (no connection, a timeout,
    // a 4xx "try later", a dropped session) may.
    private static bool IsTransient(Exception e) => e switch
    {
        AuthenticationException => false,
        SmtpCommandException command => (int)command.StatusCode < 500,
        SmtpProtocolException or ServiceNotConnectedException or IOException or SocketException or TimeoutException => true,
        OperationCanceledException => true,
        _ => false,
    };
}
