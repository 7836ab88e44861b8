using System.Globalization;
using System.Net;
using System.Text;
using EqualifyPdf.Workflow.Services;
using MimeKit;

namespace EqualifyPdf.Workflow.Approvals;

/// <summary>The e-mail that asks reviewers for a decision: plain text and HTML with the review link, the document
/// name, the deadline and the finding counts per type. It carries no found value: the notification holds none.</summary>
internal static class ReviewerMail
{
    public static MimeMessage Build(ApprovalNotification notification, SmtpSettings settings, IReadOnlyList<string> reviewers)
    {
        var name = string.IsNullOrWhiteSpace(notification.Filename) ? notification.JobId : notification.Filename;
        var deadline = notification.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var counts = (notification.FindingCounts ?? new Dictionary<string, int>()).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress!));
        message.To.AddRange(reviewers.Select(MailboxAddress.Parse));
        message.Subject = $"PII review needed: {name}";
        message.Headers.Add("X-EqualifyPdf-Job", notification.JobId);

        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"The document \"{name}\" may contain personal data and waits for your decision.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Review it here: {notification.ReviewUrl}")
            .AppendLine(CultureInfo.InvariantCulture, $"Decide before {deadline}; after that it is denied.")
            .AppendLine()
            .AppendLine("Findings:");
        foreach (var (type, count) in counts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {type}: {count}");
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Job {notification.JobId}. The link is personal: do not forward it.");

        var rows = string.Concat(counts.Select(c =>
            $"<tr><th scope=\"row\">{WebUtility.HtmlEncode(c.Key)}</th><td>{c.Value.ToString(CultureInfo.InvariantCulture)}</td></tr>"));
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>PII review needed</title></head><body>
            <p>The document <strong>{WebUtility.HtmlEncode(name)}</strong> may contain personal data and waits for your decision.</p>
            <p><a href="{WebUtility.HtmlEncode(notification.ReviewUrl)}">Review the document</a></p>
            <p>Decide before <time datetime="{notification.ExpiresAt.UtcDateTime:O}">{deadline}</time>; after that it is denied.</p>
            <table><caption>Findings</caption><thead><tr><th scope="col">Type</th><th scope="col">Count</th></tr></thead><tbody>{rows}</tbody></table>
            <p>Job {WebUtility.HtmlEncode(notification.JobId)}. The link is personal: do not forward it.</p>
            </body></html>
            """;
        message.Body = new BodyBuilder { TextBody = text.ToString(), HtmlBody = html }.ToMessageBody();
        return message;
    }
}
