using EqualifyPdf.Cli.Hosting;

namespace EqualifyPdf.Cli.Commands;

/// <summary>
/// Prints the reports of files converted several at a time in the order the files were given: a report is printed as
/// soon as the reports of all earlier files have been, so the output reads exactly like a one-at-a-time run.
/// Thread-safe.
/// </summary>
internal sealed class OrderedReports(CliEnvironment env, int count)
{
    private readonly Lock _gate = new();
    private readonly FileReport?[] _done = new FileReport?[count];
    private int _next;

    /// <summary>Records file <paramref name="index"/>'s report and prints every report that is now due.</summary>
    public void Complete(int index, FileReport report)
    {
        using var scope = _gate.EnterScope();
        _done[index] = report;
        for (; _next < _done.Length && _done[_next] is { } due; _next++)
        {
            foreach (var (isError, text) in due.Lines)
            {
                if (isError)
                {
                    env.Error.WriteLine(text);
                }
                else
                {
                    env.WriteLine(text);
                }
            }

            _done[_next] = null; // printed: the lines need not be kept
        }
    }
}
