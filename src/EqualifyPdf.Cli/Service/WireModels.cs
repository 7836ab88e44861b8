using System.Text.Json;

namespace EqualifyPdf.Cli.Service;

/// <summary>The JSON shapes the CLI reads, snake_case as the API writes them. Statuses stay strings so a status
/// added on the server is shown rather than refused.</summary>
internal static class WireJson
{
    /// <summary>snake_case, case-insensitive reads.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}

/// <summary>The 202 body of a submit.</summary>
internal sealed record SubmitView(string JobId, string Status, string StatusUrl);

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

/// <summary>Why a job failed.</summary>
internal sealed record JobErrorView(string Stage, string Category, string Message);

/// <summary>One history entry.</summary>
internal sealed record TransitionView(DateTimeOffset At, string? From, string To, string Reason, string Actor);

/// <summary>The body of <c>GET /api/v1/approval/{token}/review</c>.</summary>
internal sealed record ReviewView(string JobId, string Filename, DateTimeOffset ExpiresAt, IReadOnlyList<FindingView> Findings,
    IReadOnlyDictionary<string, int>? FindingCounts);

/// <summary>A masked finding.</summary>
internal sealed record FindingView(string EntityType, int Page, double Score, string Snippet, bool TriggersReview, string Reason);

/// <summary>The wire names of the statuses the CLI acts on.</summary>
internal static class JobStates
{
    public const string AwaitingApproval = "awaiting_approval";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Denied = "denied";
    public const string Cancelled = "cancelled";
}
