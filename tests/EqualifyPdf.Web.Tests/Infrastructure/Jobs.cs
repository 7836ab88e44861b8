using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace EqualifyPdf.Web.Tests.Infrastructure;

/// <summary>API calls the browser flows use to set up and check jobs.</summary>
internal static class Jobs
{
    public static async Task<string> SubmitAsync(this HttpClient client, byte[] pdf, string filename)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(pdf);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "file", filename);
        using var response = await client.PostAsync("/api/v1/documents/submit", form);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {text}");
        using var body = JsonDocument.Parse(text);
        return body.RootElement.GetProperty("job_id").GetString()!;
    }

    public static async Task<string> StatusAsync(this HttpClient client, string jobId)
    {
        using var response = await client.GetAsync($"/api/v1/documents/{jobId}");
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("status").GetString()!;
    }

    /// <summary>Polls until the job is in <paramref name="status"/>.</summary>
    public static async Task WaitForStatusAsync(this HttpClient client, string jobId, string status, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        string current;
        while ((current = await client.StatusAsync(jobId)) != status)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Job {jobId} is '{current}', expected '{status}'.");
            await Task.Delay(200);
        }
    }
}
