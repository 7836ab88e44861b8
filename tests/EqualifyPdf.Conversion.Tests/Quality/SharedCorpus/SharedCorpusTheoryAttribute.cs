namespace EqualifyPdf.Conversion.Tests.Quality.SharedCorpus;

/// <summary>A theory that is skipped, with the reason, when the shared conversion corpus cannot be scored here.</summary>
public sealed class SharedCorpusTheoryAttribute : TheoryAttribute
{
    public SharedCorpusTheoryAttribute()
    {
        if (SharedCorpus.Unavailable.Value is { } why)
        {
            Skip = why;
        }
    }
}
