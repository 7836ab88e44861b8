using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace EqualifyPdf.System.Tests.Infrastructure;

/// <summary>
/// A batch uploader as a department would run one: a fixed number of uploads in flight, each followed to its end,
/// a 503 answered by waiting for its <c>Retry-After</c> and sending the same request again (same Idempotency-Key).
/// </summary>
internal sealed class LoadClient(HttpClient api, byte[] pdf, int inFlight, TimeSpan jobTimeout)
{
    public List<HttpStatusCode> FirstAnswers { get; } = [];

    public Dictionary<string, string> FinalStatuses { get; } = [];

    /// <summary>The error of each job that ended failed, for the test's message.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public Func<int, Task>? AfterCompleted { get; init; }

    public async Task RunAsync(int jobs)
    {
        using var slots = new SemaphoreSlim(inFlight);
        var completed = 0;
        var tasks = Enumerable.Range(0, jobs).Select(async i =>
        {
            await slots.WaitAsync();
            try
            {
                var jobId = await SubmitAsync($"load-{Guid.NewGuid():N}", $"reader-{i}.pdf");
                var status = await WaitForEndAsync(jobId);
                lock (FinalStatuses)
                {
                    FinalStatuses[jobId] = status;
                }

                if (AfterCompleted is { } hook)
                {
                    await hook(Interlocked.Increment(ref completed));
                }
            }
            finally
            {
                slots.Release();
            }
        });
        await Task.WhenAll(tasks);
    }

    private async Task<string> SubmitAsync(string idempotencyKey, string filename)
    {
        var deadline = DateTime.UtcNow + jobTimeout;
        var first = true;
        while (true)
        {
            HttpStatusCode code;
            string body;
            TimeSpan? retryAfter = null;
            try
            {
                using var form = new MultipartFormDataContent();
                var part = new ByteArrayContent(pdf);
                part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                form.Add(part, "file", filename);
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents/submit") { Content = form };
                request.Headers.Add("Idempotency-Key", idempotencyKey);
                using var response = await api.SendAsync(request);
                code = response.StatusCode;
                body = await response.Content.ReadAsStringAsync();
                retryAfter = response.Headers.RetryAfter?.Delta;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                code = HttpStatusCode.ServiceUnavailable; // the API itself did not answer: same as a 503 for a client
                body = e.Message;
            }

            if (first)
            {
                lock (FirstAnswers)
                {
                    FirstAnswers.Add(code);
                }

                first = false;
            }

            if (code == HttpStatusCode.Accepted)
            {
                using var json = JsonDocument.Parse(body);
                return json.RootElement.GetProperty("job_id").GetString()!;
            }

            if (code != HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Submit answered {(int)code}: {body}");
            }

            await Task.Delay(retryAfter ?? TimeSpan.FromSeconds(1));
        }
    }

    private async Task<string> WaitForEndAsync(string jobId)
    {
        var deadline = DateTime.UtcNow + jobTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await HttpPolling.TryGetJobAsync(api, jobId) is { } job
                && job.GetProperty("status").GetString() is { } status && status is "completed" or "failed" or "denied" or "cancelled")
            {
                if (job.GetProperty("error") is { ValueKind: JsonValueKind.Object } error)
                {
                    lock (Errors)
                    {
                        Errors[jobId] = $"{error.GetProperty("stage").GetString()}: {error.GetProperty("message").GetString()}";
                    }
                }

                return status;
            }

            await Task.Delay(250);
        }

        return "timed_out";
    }
}
