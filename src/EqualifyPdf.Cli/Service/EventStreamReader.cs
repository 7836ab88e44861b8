using System.Runtime.CompilerServices;
using System.Text;

namespace EqualifyPdf.Cli.Service;

/// <summary>
/// Reads a <c>text/event-stream</c> as the HTML standard defines it: fields up to a blank line make an event,
/// <c>:</c> lines are comments (keep-alives), <c>retry:</c> sets the reconnection delay.
/// </summary>
internal sealed class EventStreamReader(Stream stream)
{
    /// <summary>The last <c>retry:</c> value, if the server sent one.</summary>
    public TimeSpan? Retry { get; private set; }

    /// <summary>The events until the server closes the stream.</summary>
    public async IAsyncEnumerable<ServerSentEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? id = null;
        string? type = null;
        var data = new StringBuilder();
        var hasData = false;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (hasData)
                {
                    yield return new ServerSentEvent(id, type ?? "message", data.ToString());
                }

                type = null;
                data.Clear();
                hasData = false;
                continue;
            }

            if (line[0] == ':')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..];
            if (value.StartsWith(' '))
            {
                value = value[1..];
            }

            switch (field)
            {
                case "id" when !value.Contains('\0', StringComparison.Ordinal):
                    id = value;
                    break;
                case "event":
                    type = value;
                    break;
                case "data":
                    if (hasData)
                    {
                        data.Append('\n');
                    }

                    data.Append(value);
                    hasData = true;
                    break;
                case "retry" when int.TryParse(value, out var milliseconds) && milliseconds >= 0:
                    Retry = TimeSpan.FromMilliseconds(milliseconds);
                    break;
            }
        }
    }
}
