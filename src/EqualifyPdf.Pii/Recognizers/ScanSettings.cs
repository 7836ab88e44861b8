using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace EqualifyPdf.Pii.Recognizers;

/// <summary><see cref="PiiOptions"/> turned into the compiled objects recognizers need, built once per scan.</summary>
internal sealed class ScanSettings
{
    // Institution patterns come from configuration and are reused across scans, so compile each once.
    private static readonly ConcurrentDictionary<string, Regex> CompiledPatterns = new(StringComparer.Ordinal);

    public ScanSettings(PiiOptions options)
    {
        Options = options;
        StudentIdPatterns = [.. options.StudentIdPatterns.Select(p => CompiledPatterns.GetOrAdd(
            p, static pattern => new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(2))))];
    }

    public PiiOptions Options { get; }

    public IReadOnlyList<Regex> StudentIdPatterns { get; }

    public int ContextWindow => Options.ContextWindowWords;
}
