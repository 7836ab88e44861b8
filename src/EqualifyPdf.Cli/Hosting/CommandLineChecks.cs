using System.CommandLine;

namespace EqualifyPdf.Cli.Hosting;

/// <summary>Validators shared by the commands.</summary>
internal static class CommandLineChecks
{
    /// <summary>
    /// A file argument that looks like an option is a mistyped option (<c>--fast</c>), not a file: System.CommandLine
    /// hands unknown dash-words to a variadic argument, so it is refused here.
    /// </summary>
    public static void RejectOptionLikeValues(Argument<string[]> argument) =>
        argument.Validators.Add(result =>
        {
            foreach (var value in result.Tokens.Select(t => t.Value).Where(v => v.StartsWith('-') && v.Length > 1))
            {
                result.AddError($"Unknown option '{value}'.");
            }
        });
}
