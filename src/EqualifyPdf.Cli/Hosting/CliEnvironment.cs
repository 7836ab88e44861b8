using Spectre.Console;

namespace EqualifyPdf.Cli.Hosting;

/// <summary>
/// Everything a command touches outside its arguments: the streams, the environment variables, the terminal and the
/// HTTP transport. The process uses <see cref="FromConsole"/>; tests pass writers, a fake terminal and a handler.
/// </summary>
/// <param name="Out">Where results go (stdout).</param>
/// <param name="Error">Where one-line errors go (stderr).</param>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error)
{
    private readonly Lock _lines = new();

    /// <summary>Answers to prompts (<c>run</c>'s PII gate); stdin for the process.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>The terminal when stdout is one: progress bars and tables go there. Null means plain lines only,
    /// so scripts and tests see stable output.</summary>
    public IAnsiConsole? Terminal { get; init; }

    /// <summary>Reads an environment variable (<c>EQUALIFY_API_KEY</c>).</summary>
    public Func<string, string?> GetVariable { get; init; } = _ => null;

    /// <summary>Makes the HTTP transport; redirects must not be followed automatically (the API key stays on our host).</summary>
    public Func<HttpMessageHandler> CreateHttpHandler { get; init; } = () => new SocketsHttpHandler { AllowAutoRedirect = false };

    /// <summary>How long <c>submit --wait</c> and <c>run</c> wait between two looks at a job.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long <c>watch</c> waits before reconnecting when the server gave no <c>retry:</c> field.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The real console: progress and prompts only when stdout and stdin are a terminal.</summary>
    public static CliEnvironment FromConsole() => new(Console.Out, Console.Error)
    {
        In = Console.In,
        Terminal = Console.IsOutputRedirected ? null : AnsiConsole.Console,
        GetVariable = Environment.GetEnvironmentVariable,
    };

    /// <summary>Prints one result line: through the terminal while a progress display may be live, else plainly.</summary>
    public void WriteLine(string text)
    {
        using var scope = _lines.EnterScope(); // jobs followed at once report from several tasks
        if (Terminal is { } terminal)
        {
            terminal.WriteLine(text);
        }
        else
        {
            Out.WriteLine(text);
        }
    }
}
