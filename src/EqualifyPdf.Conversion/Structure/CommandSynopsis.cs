using System.Text.RegularExpressions;
using EqualifyPdf.Conversion.Layout;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>
/// A command synopsis, as manual pages print it ("git stash list [&lt;log-options&gt;]", one form per line), is code
/// whatever face it is set in: documentation often prints it in the body's serif, and a tagged PDF may mark it as
/// nothing more than a group. Recognised from its shape alone: several lines open with the same program name and
/// every form carries bracketed option syntax, which prose never does at that density.
/// </summary>
internal static partial class CommandSynopsis
{
    /// <summary>True when <paramref name="block"/> reads as the synopsis of one command.</summary>
    public static bool Matches(LayoutBlock block)
    {
        if (block.Lines.Count < 2 || ProgramName(block.Lines[0].Text) is not { } program)
        {
            return false;
        }

        // Forms too long for the column wrap onto further lines (and extraction may break a form where its words
        // come from different marked content), but each form still opens a line with the program's name.
        var forms = block.Lines.Count(l => ProgramName(l.Text) == program);
        var options = OptionGroup().Count(string.Join(' ', block.Lines.Select(l => l.Text)));
        return forms >= 2 && forms * 4 >= block.Lines.Count && options >= forms;
    }

    private static string? ProgramName(string line) => ProgramWord().Match(line) is { Success: true } m ? m.Value : null;

    // A lower-case program name, alone or followed by a space.
    [GeneratedRegex(@"^[a-z][a-z0-9_.-]+(?= |$)")]
    private static partial Regex ProgramWord();

    // "[-q]", "[--index]", "[<stash>]", "[-u | --include-untracked]", "(-m | -c)".
    [GeneratedRegex(@"[\[(]\s*(?:--?[A-Za-z0-9]|<)[^\])]*[\])]")]
    private static partial Regex OptionGroup();
}
