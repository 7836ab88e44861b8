using EqualifyPdf.Cli.Hosting;
using Spectre.Console;

namespace EqualifyPdf.Cli.Tests.Infrastructure;

/// <summary>One in-process invocation of <c>equalify-pdf</c>: its exit code and what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Non-empty stdout lines.</summary>
    public string[] Lines => Split(Stdout);

    /// <summary>Non-empty stderr lines.</summary>
    public string[] ErrorLines => Split(Stderr);

    /// <summary>Runs <paramref name="args"/> with plain output (no terminal), <paramref name="apiKey"/> as
    /// <c>EQUALIFY_API_KEY</c>, <paramref name="handler"/> as the HTTP transport and <paramref name="stdin"/> as input.</summary>
    public static async Task<CliRun> RunAsync(string[] args, Func<HttpMessageHandler>? handler = null, string? apiKey = null,
        string stdin = "", IAnsiConsole? terminal = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var env = new CliEnvironment(stdout, stderr)
        {
            In = new StringReader(stdin),
            Terminal = terminal,
            GetVariable = name => name == "EQUALIFY_API_KEY" ? apiKey : null,
            PollInterval = TimeSpan.FromMilliseconds(100),
            ReconnectDelay = TimeSpan.FromMilliseconds(50),
        };
        if (handler is not null)
        {
            env = env with { CreateHttpHandler = handler };
        }

        var code = await CliApp.RunAsync(args, env);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Split(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
