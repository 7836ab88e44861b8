namespace EqualifyPdf.Cli.Hosting;

/// <summary>The process exit codes (documented in README, "Command line").</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Ok = 0;

    /// <summary>A document failed, was denied or cancelled, or the service refused a request; the others were still processed.</summary>
    public const int Failed = 1;

    /// <summary>The command line was wrong; nothing was done.</summary>
    public const int Usage = 2;
}
