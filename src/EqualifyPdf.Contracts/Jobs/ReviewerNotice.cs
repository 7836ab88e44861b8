namespace EqualifyPdf.Contracts.Jobs;

/// <summary>How telling the reviewers about a job's approval request went, as the status shows it.</summary>
/// <param name="Channel">How they were told: <c>email</c>.</param>
/// <param name="Outcome"><c>sent</c> (the mail server accepted the message) or <c>failed</c> (every attempt failed;
/// the outbox file and the webhook remain).</param>
/// <param name="At">When the outcome was known.</param>
/// <param name="Attempts">Delivery attempts made.</param>
/// <param name="Recipients">Addresses the message went to.</param>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.ReviewerNotice")]
public sealed record ReviewerNotice(
    [property: Id(0)] string Channel,
    [property: Id(1)] string Outcome,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] int Attempts,
    [property: Id(4)] int Recipients)
{
    /// <summary>The mail server accepted the message.</summary>
    public const string Sent = "sent";

    /// <summary>Every attempt failed.</summary>
    public const string Failed = "failed";
}
