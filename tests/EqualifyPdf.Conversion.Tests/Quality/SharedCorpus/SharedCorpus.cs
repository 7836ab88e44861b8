using System.Diagnostics;
using EqualifyPdf.Conversion.Tests.Quality.Corpus;

namespace EqualifyPdf.Conversion.Tests.Quality.SharedCorpus;

/// <summary>
/// The development corpus of issue 14 (<c>../shared/conversion-corpus</c> beside the checkout: real documentation
/// printed by Chromium, LibreOffice, Chromium in two columns and LaTeX, with truth and its own <c>score.py</c>). It is
/// read where it lies, never copied into the repository; tests skip with the reason when it or python3 is absent.
/// </summary>
public static class SharedCorpus
{
    /// <summary>Why the corpus tests cannot run here, or null when they can.</summary>
    public static readonly Lazy<string?> Unavailable = new(Check);

    /// <summary>The corpus folder.</summary>
    public static string Dir => Path.GetFullPath(Path.Combine(RepoPaths.RepoRoot, "..", "shared", "conversion-corpus"));

    /// <summary>Every corpus PDF.</summary>
    public static IEnumerable<string> Pdfs => Directory.EnumerateFiles(Path.Combine(Dir, "pdf"), "*.pdf").Order(StringComparer.Ordinal);

    private static string? Check()
    {
        if (!File.Exists(Path.Combine(Dir, "score.py")))
        {
            return $"the shared conversion corpus is not beside this checkout ({Dir} has no score.py)";
        }

        try
        {
            using var probe = Process.Start(new ProcessStartInfo("python3", "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            probe.WaitForExit(10_000);
            return probe.ExitCode == 0 ? null : "python3 does not run (needed for the corpus's score.py)";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "python3 is not installed (needed for the corpus's score.py; test.sh installs it)";
        }
    }
}
