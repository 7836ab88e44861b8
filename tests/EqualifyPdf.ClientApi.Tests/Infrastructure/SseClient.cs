using System.Net;
using System.Net.ServerSentEvents;
using System.Text.Json;

namespace EqualifyPdf.ClientApi.Tests.Infrastructure;

/// <summary>One Server-Sent Event as a client sees it.</summary>
internal sealed record SseEvent(long Id, string Type, JsonElement Data);

/// <summary>Reads a text/event-stream answer to its end (the server closes it after <c>done</c>).</summary>
internal static class SseClient
{
    public static async Task<List<SseEvent>> ReadToEndAsync(this HttpClient client, string url, long? lastEventId = null, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (lastEventId is { } id)
        {
            request.Headers.Add("Last-Event-ID", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cts.Token)}");
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var body = await response.Content.ReadAsStreamAsync(cts.Token);
        var events = new List<SseEvent>();
        await foreach (var item in SseParser.Create(body).EnumerateAsync(cts.Token))
        {
            events.Add(new SseEvent(long.Parse(item.EventId!, System.Globalization.CultureInfo.InvariantCulture), item.EventType,
                JsonDocument.Parse(item.Data).RootElement.Clone()));
        }

        return events;
    }
}
