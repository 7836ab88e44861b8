using System.Text.Json;

namespace EqualifyPdf.Testing;

/// <summary>Reads approval notifications from the outbox folder, as a reviewer's mailer would.</summary>
internal static class Outbox
{
    /// <summary>The review link of <paramref name="jobId"/>'s notification, waiting (bounded) for the file to appear.</summary>
    public static async Task<Uri> WaitForReviewUrlAsync(string folder, string jobId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
                {
                    using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
                    if (json.RootElement.GetProperty("job_id").GetString() == jobId)
                    {
                        return new Uri(json.RootElement.GetProperty("review_url").GetString()!);
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No notification for job {jobId} in {folder}.");
    }

    /// <summary>The token: the path segment before <c>/review</c>.</summary>
    public static string TokenOf(Uri reviewUrl) => reviewUrl.Segments[^2].TrimEnd('/');
}
