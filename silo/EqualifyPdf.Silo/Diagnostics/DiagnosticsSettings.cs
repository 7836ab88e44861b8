namespace EqualifyPdf.Silo.Diagnostics;

/// <summary>
/// The <c>Diagnostics</c> section: knobs for crash drills (the system tests' kill -9 runs). Both are off by default
/// and leave the workflow exactly as configured when unset.
/// </summary>
public sealed class DiagnosticsSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Diagnostics";

    /// <summary>Extra time each page correction takes, so a drill can stop the silo while pages are in flight.</summary>
    public TimeSpan PageCorrectionDelay { get; set; } = TimeSpan.Zero;

    /// <summary>File that receives one line per finished page correction (<c>job page unix-ms</c>); empty = none.</summary>
    public string? CorrectionJournalPath { get; set; }

    /// <summary>True when any drill knob is set.</summary>
    public bool Enabled => PageCorrectionDelay > TimeSpan.Zero || !string.IsNullOrWhiteSpace(CorrectionJournalPath);
}
