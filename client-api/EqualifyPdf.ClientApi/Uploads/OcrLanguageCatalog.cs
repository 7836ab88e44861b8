using EqualifyPdf.Contracts.Jobs;

namespace EqualifyPdf.ClientApi.Uploads;

/// <summary>The OCR languages installed in the silos (where conversions run), asked once and kept for <see cref="CacheTime"/>.</summary>
public sealed class OcrLanguageCatalog(IClusterClient cluster, TimeProvider time)
{
    /// <summary>How long an answer is reused.</summary>
    public static readonly TimeSpan CacheTime = TimeSpan.FromMinutes(5);

    private (IReadOnlySet<string> Languages, DateTimeOffset At)? _cached;

    /// <summary>The installed codes.</summary>
    public async Task<IReadOnlySet<string>> GetAsync()
    {
        if (_cached is { } c && time.GetUtcNow() - c.At < CacheTime)
        {
            return c.Languages;
        }

        var languages = new HashSet<string>(await cluster.GetGrain<IOcrLanguagesGrain>(0).GetInstalled(), StringComparer.Ordinal);
        _cached = (languages, time.GetUtcNow());
        return languages;
    }
}
