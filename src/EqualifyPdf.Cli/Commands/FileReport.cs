namespace EqualifyPdf.Cli.Commands;

/// <summary>What converting one file printed, held back until every earlier file has printed its own.</summary>
/// <param name="Pages">Pages converted; null when the file failed.</param>
/// <param name="Lines">The lines in the order they were written; <c>IsError</c> lines go to stderr.</param>
internal sealed record FileReport(int? Pages, IReadOnlyList<(bool IsError, string Text)> Lines);
