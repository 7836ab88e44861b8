namespace EqualifyPdf.Contracts.Pages;

/// <summary>
/// The correction step of one page, keyed <c>"{jobId}/{page}"</c> (see <see cref="PageGrainKey"/>). Calling it
/// again for a page that already succeeded returns the stored result without redoing the work.
/// </summary>
[Alias("EqualifyPdf.IPageGrain")]
public interface IPageGrain : IGrainWithStringKey
{
    /// <summary>Corrects the page (retrying failures with backoff) and persists its result.</summary>
    /// <param name="item">Where the page model is and how to correct it.</param>
    /// <param name="cancellationToken">Cancelled when the job is cancelled or times out; observed between steps.</param>
    // A page may retry with backoff (and a future LLM corrector is slow): longer than the 30 s default; the job's
    // cancellation token and processing deadline still bound it.
    [Alias("Process"), ResponseTimeout("00:30:00")]
    Task<PageResult> Process(PageWorkItem item, CancellationToken cancellationToken = default);

    /// <summary>The stored result, or null when the page has not succeeded.</summary>
    [Alias("GetResult")]
    Task<PageResult?> GetResult();

    /// <summary>Forgets the page (job purged after retention).</summary>
    [Alias("Purge")]
    Task Purge();
}

/// <summary>Builds page grain keys.</summary>
public static class PageGrainKey
{
    /// <summary>The key of page <paramref name="page"/> (1-based) of job <paramref name="jobId"/>.</summary>
    public static string For(string jobId, int page) => $"{jobId}/{page}";
}
