using MailKit.Security;

namespace EqualifyPdf.Workflow.Approvals;

/// <summary>The <c>Notifications:Smtp</c> section: e-mail to reviewers besides the outbox file and the webhook.
/// E-mail is on when <see cref="Host"/> is set.</summary>
public sealed class SmtpSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Notifications:Smtp";

    /// <summary>The mail server; empty (the default) sends no e-mail.</summary>
    public string? Host { get; set; }

    /// <summary>Its port. Default 587 (submission).</summary>
    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (default: upgrade the connection, refuse a server that cannot), <c>StartTlsWhenAvailable</c>,
    /// <c>SslOnConnect</c> (port 465) or <c>None</c> (a relay on the same host only).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>Environment variable holding the user name; unset or empty = no authentication. Default <c>SMTP_USERNAME</c>.
    /// Credentials never come from a settings file.</summary>
    public string UserNameVariable { get; set; } = "SMTP_USERNAME";

    /// <summary>Environment variable holding the password. Default <c>SMTP_PASSWORD</c>.</summary>
    public string PasswordVariable { get; set; } = "SMTP_PASSWORD";

    /// <summary>The sender address. Required with <see cref="Host"/>.</summary>
    public string? FromAddress { get; set; }

    /// <summary>The sender's display name. Default <c>EqualifyPdf</c>.</summary>
    public string FromName { get; set; } = "EqualifyPdf";

    /// <summary>Reviewers of documents whose submitter has no entry in <see cref="ReviewersBySubmitter"/>.</summary>
    public List<string> DefaultReviewers { get; set; } = [];

    /// <summary>Reviewer addresses per submitter (the caller name recorded as <c>submitted_by</c>).</summary>
    public Dictionary<string, List<string>> ReviewersBySubmitter { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Delivery attempts before the e-mail counts as failed. Default 5.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Delay before the second attempt, doubled (with jitter) for each further one, at most 1 minute. Default 2 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest time one attempt (connect, authenticate, send) may take. Default 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when e-mail is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The reviewers of a document submitted by <paramref name="submittedBy"/>.</summary>
    public IReadOnlyList<string> ReviewersFor(string? submittedBy) =>
        submittedBy is not null && ReviewersBySubmitter.TryGetValue(submittedBy, out var own) && own.Count > 0 ? own : DefaultReviewers;
}
