using EqualifyPdf.Cli.Hosting;
using EqualifyPdf.Contracts.Jobs;
using Spectre.Console;

namespace EqualifyPdf.Cli.InProcess;

/// <summary>
/// Decides a document held at the PII gate during <c>run</c>: <c>--yes</c> or <c>--no</c> when given, otherwise asks:
/// a yes/no prompt on an interactive terminal, or one line read from stdin (<c>y</c>/<c>n</c>). No answer leaves it undecided.
/// </summary>
/// <param name="env">Where the findings are shown and the answer read.</param>
/// <param name="preset">True for <c>--yes</c>, false for <c>--no</c>, null to ask.</param>
internal sealed class ReviewGate(CliEnvironment env, bool? preset)
{
    /// <summary>Shows the findings that triggered review, then returns approve (true), deny (false) or no answer (null).</summary>
    public bool? Decide(string file, IReadOnlyList<MaskedFinding> findings)
    {
        var triggering = findings.Where(f => f.TriggersReview).ToList();
        env.WriteLine($"{file}: needs review ({triggering.Count} finding{(triggering.Count == 1 ? "" : "s")} of personal data)");
        foreach (var finding in triggering)
        {
            env.WriteLine($"  page {finding.Page}: {finding.EntityType} {finding.Snippet} ({finding.Reason})");
        }

        if (preset is { } answer)
        {
            env.WriteLine($"{file}: {(answer ? "approved" : "denied")} ({(answer ? "--yes" : "--no")})");
            return answer;
        }

        var question = $"Convert {Path.GetFileName(file)} anyway?";
        if (env.Terminal is { Profile.Capabilities.Interactive: true } terminal)
        {
            return terminal.Prompt(new ConfirmationPrompt(Markup.Escape(question)) { DefaultValue = false });
        }

        env.Out.Write($"{question} [y/n] ");
        env.Out.Flush();
        var reply = env.In.ReadLine();
        env.Out.WriteLine();
        return reply?.Trim().ToLowerInvariant() switch
        {
            "y" or "yes" => true,
            "n" or "no" => false,
            _ => null,
        };
    }
}
