using EqualifyPdf.Corrections.Llm.Health;
using EqualifyPdf.Corrections.Llm.Tests.Fake;
using EqualifyPdf.Testing.Bedrock;
using EqualifyPdf.Workflow;
using EqualifyPdf.Workflow.Corrections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EqualifyPdf.Corrections.Llm.Tests.Correction;

public sealed class LlmHealthCheckTests
{
    [Fact]
    public async Task CheckHealthAsync_ModelAnswers_HealthyAndTheProbeIsReused()
    {
        await using var h = await LlmHarness.StartAsync();
        var check = h.Get<LlmHealthCheck>();

        var first = await check.CheckHealthAsync(new HealthCheckContext());
        var second = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, first.Status);
        Assert.Equal(HealthStatus.Healthy, second.Status);
        Assert.Single(h.Fake.Calls); // the second check reuses the last success
        Assert.Equal("closed", first.Data["circuit"]);
    }

    [Fact]
    public async Task CheckHealthAsync_ModelFailing_DegradedWithTheOpenCircuit()
    {
        await using var h = await LlmHarness.StartAsync();
        h.Fake.Default = ScriptedAnswer.ServerError();

        var result = await h.Get<LlmHealthCheck>().CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal("open", result.Data["circuit"]);
        Assert.Equal(1.0, result.Data["error_rate"]);
    }

    [Theory]
    [InlineData("none", typeof(RuleBasedPageCorrector), typeof(NoDocumentPass))]
    [InlineData("bedrock", typeof(LlmPageCorrector), typeof(LlmDocumentPass))]
    public void AddEqualifyWorkflow_Provider_SelectsCorrectorAndDocumentPass(string provider, Type corrector, Type pass)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = provider, ["Llm:Region"] = "us-east-1", ["Llm:FastModel"] = LlmHarness.Fast, ["Llm:QualityModel"] = LlmHarness.Quality,
        }).Build();
        var services = new ServiceCollection();

        services.AddEqualifyWorkflow(configuration);

        // Without a model the corrector is the registered RuleBasedPageCorrector itself (a forwarding factory).
        var page = services.Single(d => d.ServiceType == typeof(IPageCorrector));
        Assert.Equal(corrector, page.ImplementationType ?? (page.ImplementationFactory is not null ? typeof(RuleBasedPageCorrector) : null));
        Assert.Equal(provider == "bedrock", services.Any(d => d.ServiceType == typeof(Calls.LlmGateway)));
        Assert.Equal(pass, services.Single(d => d.ServiceType == typeof(IDocumentPass)).ImplementationType);
    }
}
