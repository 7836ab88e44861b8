using System.Net;
using System.Text.Json;
using EqualifyPdf.System.Tests.Infrastructure;

namespace EqualifyPdf.System.Tests;

/// <summary>Two silo processes against one Redis (the first silo's Garnet) form one cluster that runs jobs.</summary>
public sealed class MultiSiloTests
{
    [Fact]
    public async Task SecondSilo_SameRedis_JoinsClusterAndJobsComplete()
    {
        using var cluster = new LocalCluster();
        try
        {
            await cluster.StartAsync();
            var second = await cluster.StartSecondSiloAsync();

            using var secondSilo = new HttpClient { BaseAddress = second };
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            var silos = 0;
            while (silos < 2 && DateTime.UtcNow < deadline)
            {
                using var health = await cluster.Api.GetAsync("/health");
                using var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
                silos = body.RootElement.GetProperty("active_silos").GetInt32();
                await Task.Delay(silos < 2 ? 200 : 0);
            }

            Assert.Equal(2, silos);
            using var secondHealth = await secondSilo.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, secondHealth.StatusCode);
            using var secondBody = JsonDocument.Parse(await secondHealth.Content.ReadAsStringAsync());
            Assert.False(secondBody.RootElement.GetProperty("embedded_garnet").GetBoolean());

            var jobs = new List<string>();
            for (var i = 0; i < 3; i++)
            {
                jobs.Add(await HttpPolling.SubmitAsync(cluster.Api, TestPdfs.Clean(2)));
            }

            foreach (var job in jobs)
            {
                await HttpPolling.WaitForStatusAsync(cluster.Api, job, "completed", TimeSpan.FromSeconds(90));
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n{cluster.Logs()}");
        }
    }
}
