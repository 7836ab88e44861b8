using System.Text.Json;

namespace EqualifyPdf.Cli.Service;

/// <summary>
/// Follows a job's event stream (<c>GET /api/v1/documents/{id}/events</c>) until its <c>done</c> event, for
/// <c>watch</c> and <c>submit --wait</c>. A dropped connection is reopened with <c>Last-Event-ID</c> after the server's
/// <c>retry:</c> delay, so no event is seen twice or lost; after <see cref="MaxReconnectsWithoutEvents"/> reconnections
/// in a row without an event it gives up with a <see cref="ServiceException"/>.
/// </summary>
internal static class JobEventStream
{
    /// <summary>How many reconnections in a row may bring no event before the stream counts as unavailable.</summary>
    public const int MaxReconnectsWithoutEvents = 5;

    /// <summary>Calls <paramref name="onEvent"/> with each event's type and JSON data (events whose data is not JSON are
    /// skipped) and returns the status the <c>done</c> event carries.</summary>
    /// <exception cref="ServiceException">The service refused the stream (a 4xx) or it kept closing without events.</exception>
    public static async Task<string> FollowAsync(EqualifyClient client, string jobId, TimeSpan reconnectDelay,
        Action<string, JsonElement> onEvent, CancellationToken cancellationToken)
    {
        string? lastEventId = null;
        var idleReconnects = 0;
        while (true)
        {
            TimeSpan? retry = null;
            var sawEvent = false;
            try
            {
                using var response = await client.OpenEventsAsync(jobId, lastEventId, cancellationToken);
                if (response.Content.Headers.ContentType?.MediaType != "text/event-stream")
                {
                    throw new ServiceException($"{(int)response.StatusCode}: the service did not answer with an event stream", (int)response.StatusCode);
                }

                var reader = new EventStreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
                await foreach (var message in reader.ReadAllAsync(cancellationToken))
                {
                    sawEvent = true;
                    lastEventId = message.Id ?? lastEventId;
                    if (Parse(message.Data) is not { } data)
                    {
                        continue; // not ours (data that is not JSON); nothing to show
                    }

                    onEvent(message.Type, data);
                    if (message.Type == "done")
                    {
                        return data.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String
                            ? status.GetString()!
                            : "unknown";
                    }
                }

                retry = reader.Retry;
            }
            catch (Exception e) when (e is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                // The connection broke mid-stream: reconnect below.
            }
            catch (ServiceException e) when (e.StatusCode is null or >= 500)
            {
                // Unreachable or failing for now (a restarting API): reconnect below, a bounded number of times.
            }

            idleReconnects = sawEvent ? 0 : idleReconnects + 1;
            if (idleReconnects > MaxReconnectsWithoutEvents)
            {
                throw new ServiceException($"the event stream closed {idleReconnects} times without an event; giving up");
            }

            await Task.Delay(retry ?? reconnectDelay, cancellationToken);
        }
    }

    private static JsonElement? Parse(string data)
    {
        try
        {
            using var json = JsonDocument.Parse(data);
            return json.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
