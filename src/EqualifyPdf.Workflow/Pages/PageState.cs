using EqualifyPdf.Contracts.Pages;

namespace EqualifyPdf.Workflow.Pages;

/// <summary>The persisted state of one page's correction.</summary>
[GenerateSerializer]
[Alias("EqualifyPdf.PageState")]
public sealed class PageState
{
    /// <summary>The stored result once the page succeeded; null before.</summary>
    [Id(0)] public PageResult? Result { get; set; }

    /// <summary>Attempts over the page's whole life, for diagnostics.</summary>
    [Id(1)] public int TotalAttempts { get; set; }
    [Id(2)] public string? LastError { get; set; }
    [Id(3)] public DateTimeOffset? UpdatedAt { get; set; }
}
