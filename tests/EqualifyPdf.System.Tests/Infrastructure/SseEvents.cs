using System.Globalization;
using System.Text.Json;

namespace EqualifyPdf.System.Tests.Infrastructure;

/// <summary>One Server-Sent Event as a client sees it.</summary>
internal sealed record SseEvent(long Id, string Type, JsonElement Data);

/// <summary>Reads a text/event-stream answer line by line until the server closes it (after <c>done</c>).</summary>
internal static class SseEvents
{
    public static async Task<List<SseEvent>> ReadToEndAsync(Uri url, TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var cts = new CancellationTokenSource(timeout);
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cts.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cts.Token));
        var events = new List<SseEvent>();
        string? id = null, type = null, data = null;
        while (await reader.ReadLineAsync(cts.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (data is not null)
                {
                    events.Add(new SseEvent(long.Parse(id!, CultureInfo.InvariantCulture), type ?? "message", JsonDocument.Parse(data).RootElement.Clone()));
                }

                (id, type, data) = (null, null, null);
            }
            else if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = line[4..];
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line[6..];
            }
        }

        return events;
    }
}
