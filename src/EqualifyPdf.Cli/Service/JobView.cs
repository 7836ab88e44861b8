namespace EqualifyPdf.Cli.Service;

/// <summary>The body of <c>GET /api/v1/documents/{id}</c>.</summary>
internal sealed record JobView(
    string JobId,
    string Status,
    string Stage,
    int Progress,
    string Filename,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    JobErrorView? Error,
    IReadOnlyList<TransitionView>? History,
    int? QueuePosition)
{
    /// <summary>Statuses that do not change by themselves any more.</summary>
    public bool IsTerminal => Status is JobStates.Completed or JobStates.Failed or JobStates.Denied or JobStates.Cancelled;
}
