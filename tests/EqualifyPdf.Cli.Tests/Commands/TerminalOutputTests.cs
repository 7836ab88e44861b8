using EqualifyPdf.Cli.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Spectre.Console.Testing;

namespace EqualifyPdf.Cli.Tests.Commands;

/// <summary>On a terminal the commands draw Spectre progress bars, tables and prompts; without one they print plain lines only.</summary>
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

    [Fact]
    public async Task Status_OnATerminal_RendersTheFieldsAndAHistoryTable()
    {
        const string job = "0123456789abcdef0123456789abcdef";
        await using var fake = await FakeService.StartAsync(app => app.MapGet("/api/v1/documents/{id}", (string id) => Results.Text(
            $$"""
            {"job_id":"{{id}}","status":"failed","stage":"conversion","progress":30,"filename":"notes.pdf",
             "created_at":"2026-12-01T10:00:00+00:00","updated_at":"2026-12-01T10:00:05+00:00",
             "error":{"stage":"conversion","category":"user_fixable","message":"The PDF is encrypted."},
             "history":[{"at":"2026-12-01T10:00:00+00:00","from":null,"to":"submitted","reason":"submitted","actor":"local-operator"},
                        {"at":"2026-12-01T10:00:05+00:00","from":"processing","to":"failed","reason":"conversion_failed","actor":"system"}],
             "decision":null,"queue_position":null}
            """, "application/json")));
        var terminal = new TestConsole();
        terminal.Profile.Width = 160;

        var run = await CliRun.RunAsync(["status", job, "--server", fake.Url], terminal: terminal);

        Assert.Equal(1, run.ExitCode); // failed
        Assert.Empty(run.Stdout);
        Assert.Contains("error  ", terminal.Output, StringComparison.Ordinal);
        Assert.Contains("user_fixable at conversion: The PDF is encrypted.", terminal.Output, StringComparison.Ordinal);
        Assert.Contains("│ 2026-12-01T10:00:05Z │ processing │ failed    │ conversion_failed │ system", terminal.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OnATerminal_AsksThePiiQuestionWithAPrompt()
    {
        var pdf = _folder.Write("grades.pdf", TestPdfs.WithPii());
        var terminal = new TestConsole().Interactive();
        terminal.Profile.Width = 160;
        terminal.Input.PushTextWithEnter("n");

        var run = await CliRun.RunAsync(["run", pdf, "-o", Path.Combine(_folder.Path, "out")], terminal: terminal);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Convert grades.pdf anyway? [y/n] (n): n", terminal.Output, StringComparison.Ordinal);
        Assert.Contains($"{pdf}: denied", terminal.Output, StringComparison.Ordinal);
        Assert.Empty(_folder.Files("out"));
    }
}
