using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using EqualifyPdf.ClientApi.Tests.Infrastructure;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>One trace runs from an API request through the grain call it makes, into the silo (activity propagation
/// on the Orleans client and the silo).</summary>
[Collection(ClusterCollection.Name)]
public sealed class TracingTests(ClusterFixture cluster)
{
    [Fact]
    public async Task StatusRequest_GrainCall_JoinsTheRequestTraceOnBothSides()
    {
        var stopped = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" || source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var jobId = Guid.NewGuid().ToString("N");

        using var client = cluster.Api.CreateClient();
        using var response = await client.GetAsync($"/api/v1/documents/{jobId}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var request = await WaitForAsync(() => stopped.FirstOrDefault(a =>
            a.Source.Name == "Microsoft.AspNetCore" && a.GetTagItem("url.path") as string == $"/api/v1/documents/{jobId}"));
        var grainCalls = await WaitForAsync(() =>
        {
            var calls = stopped.Where(a => a.TraceId == request.TraceId && a.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal)
                && a.DisplayName.Contains("GetSnapshot", StringComparison.Ordinal)).ToList();
            return calls.Any(a => a.Kind == ActivityKind.Server) && calls.Any(a => a.Kind == ActivityKind.Client) ? calls : null;
        });

        Assert.All(grainCalls, call => Assert.Equal(request.TraceId, call.TraceId));
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> find)
        where T : class
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            if (find() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, "the activities did not appear");
            await Task.Delay(50);
        }
    }
}
