using EqualifyPdf.Cli.Tests.Infrastructure;
using Spectre.Console.Testing;

namespace EqualifyPdf.Cli.Tests.Commands;

/// <summary>On a terminal the file commands draw Spectre progress bars; without one they print plain lines only.</summary>
public sealed class TerminalOutputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Convert_OnATerminal_DrawsFileAndPageBarsBesideTheResultLine()
    {
        var pdf = _folder.Write("lecture.pdf", TestPdfs.Clean(4));
        var terminal = new TestConsole().Interactive();
        terminal.Profile.Width = 160;

        var run = await CliRun.RunAsync(["convert", pdf, "-o", Path.Combine(_folder.Path, "out")], terminal: terminal);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout); // everything went through the terminal
        Assert.Contains($"{pdf}: 4 pages in ", terminal.Output, StringComparison.Ordinal);
        Assert.Contains("files", terminal.Output, StringComparison.Ordinal);
        Assert.Contains("pages", terminal.Output, StringComparison.Ordinal);
        Assert.Contains("100%", terminal.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_WithoutATerminal_PrintsOnlyTheResultLine()
    {
        var pdf = _folder.Write("lecture.pdf", TestPdfs.Clean(2));

        var run = await CliRun.RunAsync(["convert", pdf, "-o", Path.Combine(_folder.Path, "out")]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"{pdf}: 2 pages in ", Assert.Single(run.Lines), StringComparison.Ordinal);
        Assert.DoesNotContain("%", run.Stdout.Replace("pages/s", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
