namespace EqualifyPdf.Cli.Service;

/// <summary>One history entry.</summary>
internal sealed record TransitionView(DateTimeOffset At, string? From, string To, string Reason, string Actor);
