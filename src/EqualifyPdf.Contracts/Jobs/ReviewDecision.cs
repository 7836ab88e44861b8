namespace EqualifyPdf.Contracts.Jobs;

/// <summary>A reviewer's decision on a job that holds PII.</summary>
[GenerateSerializer, Immutable]
[Alias("EqualifyPdf.ReviewDecision")]
public sealed record ReviewDecision(
    [property: Id(0)] DecisionKind Decision,
    [property: Id(1)] string Justification,
    [property: Id(2)] string ReviewedBy,
    [property: Id(3)] DateTimeOffset ReviewedAt);

/// <summary>Approve or deny. Serialized <c>approved</c>/<c>denied</c>.</summary>
[GenerateSerializer]
[Alias("EqualifyPdf.DecisionKind")]
public enum DecisionKind
{
    Approved = 0,
    Denied = 1,
}
