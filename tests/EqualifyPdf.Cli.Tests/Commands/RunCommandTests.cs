using EqualifyPdf.Cli.Tests.Infrastructure;

namespace EqualifyPdf.Cli.Tests.Commands;

/// <summary><c>run</c>: the whole workflow through an in-process silo on the embedded defaults, PII gate included.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_CleanAndPiiWithNo_ConvertsTheCleanOneAndDeniesTheOther()
    {
        var clean = _folder.Write("lecture.pdf", TestPdfs.Clean(3));
        var pii = _folder.Write("grades.pdf", TestPdfs.WithPii());
        var output = Path.Combine(_folder.Path, "out");

        var run = await CliRun.RunAsync(["run", clean, pii, "-o", output, "--no"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Lines, l => l.StartsWith($"{pii}: needs review (", StringComparison.Ordinal));
        Assert.Contains($"{pii}: denied (--no)", run.Lines);
        Assert.Contains($"{pii}: denied", run.Lines);
        Assert.Contains(run.Lines, l => l.StartsWith($"{clean}: completed in ", StringComparison.Ordinal));
        Assert.Equal(["lecture.html", "lecture.md"], _folder.Files("out"));
        Assert.Contains("Kinematics", await File.ReadAllTextAsync(Path.Combine(output, "lecture.md")), StringComparison.Ordinal);
        // Findings are shown masked: the raw values never reach the terminal.
        Assert.DoesNotContain("123-45-6789", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("maria.gonzalez@", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PiiAnsweredYesOnStdin_ConvertsItToTheFormatsAsked()
    {
        var pii = _folder.Write("grades.pdf", TestPdfs.WithPii());
        var output = Path.Combine(_folder.Path, "out");

        var run = await CliRun.RunAsync(["run", pii, "-o", output, "--format", "html,ledger"], stdin: "y\n");

        Assert.True(run.ExitCode == 0, run.Stderr + run.Stdout);
        Assert.Contains("Convert grades.pdf anyway? [y/n]", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(run.Lines, l => l.StartsWith($"{pii}: completed in ", StringComparison.Ordinal));
        Assert.Equal(["grades.html", "grades.ledger.json"], _folder.Files("out"));
    }

    [Fact]
    public async Task Run_PiiWithNoAnswer_LeavesItUndecidedAndExitsOne()
    {
        var pii = _folder.Write("grades.pdf", TestPdfs.WithPii());

        var run = await CliRun.RunAsync(["run", pii, "-o", Path.Combine(_folder.Path, "out")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{pii}: error: needs review and no decision was given (answer the prompt, or pass --yes or --no)", Assert.Single(run.ErrorLines));
        Assert.Empty(_folder.Files("out"));
    }
}
