using System.CommandLine;
using System.CommandLine.Invocation;
using EqualifyPdf.Cli.Commands;

namespace EqualifyPdf.Cli.Hosting;

/// <summary>
/// The command tree and its invocation. A parse error prints the errors and a usage line to stderr and exits 2 with
/// nothing on stdout (instead of System.CommandLine's default of help on stdout and exit 1), so scripts can tell a
/// wrong command line from a failed document.
/// </summary>
internal static class CliApp
{
    /// <summary>Name of the executable, as help and usage lines show it.</summary>
    public const string Name = "equalify-pdf";

    /// <summary>Builds the root command with every subcommand bound to <paramref name="env"/>.</summary>
    public static RootCommand Create(CliEnvironment env)
    {
        var root = new RootCommand(
            "EqualifyPdf: PDF to accessible HTML and Markdown, with a PII gate. "
            + "Exit codes: 0 ok, 1 a document failed (or the service refused), 2 usage error.")
        {
            ConvertCommand.Create(env),
            PiiCommand.Create(env),
            SubmitCommand.Create(env),
            StatusCommand.Create(env),
            WatchCommand.Create(env),
            DecisionCommand.Create(env, approve: true),
            DecisionCommand.Create(env, approve: false),
            FetchCommand.Create(env),
            RunCommand.Create(env),
        };
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliEnvironment env, CancellationToken cancellationToken = default)
    {
        var parse = Create(env).Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                await env.Error.WriteLineAsync(error.Message);
            }

            await env.Error.WriteLineAsync(Usage(parse.CommandResult.Command));
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = env.Out, Error = env.Error }, cancellationToken);
    }

    /// <summary>Runs synchronously (the in-process entry points <c>ConvertCommand.Run</c> and <c>PiiCommand.Run</c>).</summary>
    public static int Run(IReadOnlyList<string> args, CliEnvironment env) => RunAsync(args, env).GetAwaiter().GetResult();

    /// <summary><c>usage: equalify-pdf convert &lt;files&gt;... [options]</c>, built from the command's own symbols.</summary>
    public static string Usage(Command command)
    {
        var path = new List<string>();
        for (var c = command; c is not null and not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            path.Insert(0, c.Name);
        }

        var arguments = command.Arguments.Select(a => a.Arity.MaximumNumberOfValues > 1 ? $"<{a.Name}>..." : $"<{a.Name}>");
        var required = command.Options.Where(o => o.Required).Select(o => $"{o.Name} <{o.HelpName ?? "value"}>");
        var words = new[] { "usage:", Name }.Concat(path).Concat(arguments).Concat(required);
        var tail = command is RootCommand ? "<command> [options]" : "[options]";
        return $"{string.Join(' ', words)} {tail} (see '{string.Join(' ', new[] { Name }.Concat(path))} --help')";
    }
}
