namespace EqualifyPdf.Conversion.Tests.Quality.SharedCorpus;

/// <summary>A fact that is skipped, with the reason, when the shared conversion corpus cannot be scored here.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (SharedCorpus.Unavailable.Value is { } why)
        {
            Skip = why;
        }
    }
}
