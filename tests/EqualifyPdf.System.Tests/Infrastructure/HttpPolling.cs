using System.Net.Http.Headers;
using System.Text.Json;

namespace EqualifyPdf.System.Tests.Infrastructure;

/// <summary>HTTP helpers that tolerate a host being down for a while (a restart is part of these tests).</summary>
internal static class HttpPolling
{
    /// <summary>Waits for <paramref name="client"/>'s /health to answer 200 from <paramref name="host"/>; fails at once,
    /// with the host's log, if the host has exited (waiting out the timeout then only hides the cause).</summary>
    public static async Task WaitHealthyAsync(HttpClient client, TimeSpan timeout, HostProcess host)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (host.HasExited)
            {
                Assert.Fail($"{client.BaseAddress} never became healthy: its host exited with code {host.ExitCode}. {host.ReadLog()}");
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{client.BaseAddress} did not become healthy within {timeout}. {host.ReadLog()}");
    }

    public static async Task<string> SubmitAsync(HttpClient client, byte[] pdf, string filename = "lecture.pdf")
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(pdf);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "file", filename);
        using var response = await client.PostAsync("/api/v1/documents/submit", form);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == global::System.Net.HttpStatusCode.Accepted, text);
        using var body = JsonDocument.Parse(text);
        return body.RootElement.GetProperty("job_id").GetString()!;
    }

    /// <summary>The job's status JSON, or null while the front end cannot reach the cluster.</summary>
    public static async Task<JsonElement?> TryGetJobAsync(HttpClient client, string jobId)
    {
        try
        {
            using var response = await client.GetAsync($"/api/v1/documents/{jobId}");
            return response.IsSuccessStatusCode
                ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone()
                : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null; // refused, or no answer within the client's timeout while the silo restarts
        }
    }

    public static async Task<JsonElement> WaitForStatusAsync(HttpClient client, string jobId, string status, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        JsonElement? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await TryGetJobAsync(client, jobId) ?? last;
            if (last?.GetProperty("status").GetString() == status)
            {
                return last.Value;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"Job {jobId} did not reach '{status}' within {timeout}; last seen: {last}");
        return default;
    }

    /// <summary>Statuses in the job's history, in order.</summary>
    public static List<(string? From, string To, string Reason)> History(JsonElement job) =>
        job.GetProperty("history").EnumerateArray()
            .Select(h => (h.GetProperty("from").GetString(), h.GetProperty("to").GetString()!, h.GetProperty("reason").GetString()!))
            .ToList();
}
