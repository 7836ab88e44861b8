using System.Net;
using System.Net.Sockets;
using EqualifyPdf.Cli.Tests.Infrastructure;

namespace EqualifyPdf.Cli.Tests.Commands;

/// <summary>What System.CommandLine gives every command: help, validation with exit 2, completions.</summary>
public sealed class HelpAndUsageTests
{
    [Fact]
    public async Task Help_Root_ListsEveryCommandAndTheExitCodes()
    {
        var run = await CliRun.RunAsync(["--help"]);

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "convert", "pii", "submit", "status", "watch", "approve", "deny", "fetch", "run" })
        {
            Assert.Contains(run.Lines, l => l.StartsWith(command + " ", StringComparison.Ordinal));
        }

        Assert.Contains("Exit codes: 0 ok, 1 a document failed (or the service refused), 2 usage error.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Submit_ShowsItsOptionsAndTheDefaultServer()
    {
        var run = await CliRun.RunAsync(["submit", "--help"]);

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--wait", "--title", "--language", "--review-mode", "--server" })
        {
            Assert.Contains(option, run.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("http://127.0.0.1:8080", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("EQUALIFY_API_KEY", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_PartialCommandName_CompletesTheMatchingCommands()
    {
        var run = await CliRun.RunAsync(["[suggest]", "s"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("status", run.Lines);
        Assert.Contains("submit", run.Lines);
        Assert.DoesNotContain("convert", run.Lines);
    }

    [Fact]
    public async Task Suggest_FetchFormatValue_CompletesTheFormats()
    {
        // As dotnet-suggest asks: the cursor position in the directive, the whole line as one argument.
        const string line = "fetch abc --format ";
        var run = await CliRun.RunAsync([$"[suggest:{line.Length}]", line]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["html", "ledger", "markdown", "metadata"], run.Lines.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("approve", "tok")]
    [InlineData("submit", "a.pdf", "--review-mode", "sometimes")]
    [InlineData("run", "a.pdf", "-o", "out", "--yes", "--no")]
    [InlineData("status", "abc", "--server", "ftp://example.org")]
    [InlineData("fetch", "abc", "--format", "pdf", "-o", "x")]
    [InlineData("status")]
    public async Task Parse_BadCommandLine_PrintsErrorAndUsageAndExitsTwo(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.True(run.ErrorLines.Length >= 2, run.Stderr);
        Assert.StartsWith("usage: equalify-pdf", run.ErrorLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_ServerNotListening_PrintsOneLineAndExitsOne()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var run = await CliRun.RunAsync(["status", "abc", "--server", $"http://127.0.0.1:{port}"]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"abc: cannot reach http://127.0.0.1:{port}", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
