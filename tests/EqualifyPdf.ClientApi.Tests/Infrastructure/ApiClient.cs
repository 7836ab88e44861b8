using System.Net.Http.Headers;
using System.Text.Json;

namespace EqualifyPdf.ClientApi.Tests.Infrastructure;

/// <summary>HTTP helpers for the document and approval endpoints.</summary>
internal static class ApiClient
{
    public static MultipartFormDataContent Upload(byte[]? file, string? filename = "notes.pdf", string? contentType = "application/pdf",
        string? title = null, string? language = null)
    {
        var form = new MultipartFormDataContent();
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            if (contentType is not null)
            {
                part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            }

            if (filename is null)
            {
                form.Add(part, "file");
            }
            else
            {
                form.Add(part, "file", filename);
            }
        }

        if (title is not null)
        {
            form.Add(new StringContent(title), "title");
        }

        if (language is not null)
        {
            form.Add(new StringContent(language), "language");
        }

        return form;
    }

    public static async Task<string> SubmitAsync(this HttpClient client, byte[] pdf)
    {
        using var response = await client.PostAsync("/api/v1/documents/submit", Upload(pdf));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {text}");
        using var body = JsonDocument.Parse(text);
        return body.RootElement.GetProperty("job_id").GetString()!;
    }

    public static async Task<JsonElement> GetJobAsync(this HttpClient client, string jobId)
    {
        using var response = await client.GetAsync($"/api/v1/documents/{jobId}");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Polls the status endpoint until the job reaches <paramref name="status"/>; fails fast on another terminal one.</summary>
    public static async Task<JsonElement> WaitForStatusAsync(this HttpClient client, string jobId, string status, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        string[] terminal = ["completed", "failed", "denied", "cancelled"];
        while (true)
        {
            var job = await client.GetJobAsync(jobId);
            var current = job.GetProperty("status").GetString();
            if (current == status)
            {
                return job;
            }

            if (terminal.Contains(current) || DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Job {jobId} is '{current}', expected '{status}': {job}");
            }

            await Task.Delay(100);
        }
    }

    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
