using EqualifyPdf.Contracts.Jobs;
using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Corrections.Llm.Bedrock;
using EqualifyPdf.Corrections.Llm.Calls;
using EqualifyPdf.Corrections.Llm.Extensions;
using EqualifyPdf.Corrections.Llm.Options;
using EqualifyPdf.Corrections.Llm.Tests.Fake;
using EqualifyPdf.Testing.Bedrock;
using EqualifyPdf.Storage;
using EqualifyPdf.Workflow.Corrections;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static EqualifyPdf.Corrections.Llm.Tests.Fake.LlmHarness;

namespace EqualifyPdf.Corrections.Llm.Tests.Correction;

public sealed class LlmSetupTests
{
    [Fact]
    public void AddEqualifyLlm_BedrockWithoutRegionAndModels_FailsWithOneLineNamingEveryKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Llm:Provider"] = "bedrock" }).Build();
        var services = new ServiceCollection();
        services.AddEqualifyLlm(configuration);

        var error = Assert.Throws<OptionsValidationException>(() => services.BuildServiceProvider().GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("Llm:Region", error.Message, StringComparison.Ordinal);
        Assert.Contains("Llm:FastModel", error.Message, StringComparison.Ordinal);
        Assert.Contains("Llm:QualityModel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddEqualifyLlm_ProviderNone_RegistersNoModelClient()
    {
        var services = new ServiceCollection();

        var enabled = services.AddEqualifyLlm(new ConfigurationBuilder().Build());

        Assert.False(enabled);
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(LlmGateway));
    }

    [Fact]
    public async Task CompleteAsync_WrongSecret_FakeRefusesTheSignature()
    {
        await using var fake = await FakeBedrockRuntime.StartAsync();
        var options = new LlmOptions { Provider = "bedrock", Region = FakeBedrockRuntime.Region, FastModel = Fast, QualityModel = Quality, Endpoint = fake.Url, MaxRetryAttempts = 0 };
        using var clients = new BedrockChatClients(options, new AwsChainCredentials(FakeBedrockRuntime.Region,
            () => new Amazon.Runtime.BasicAWSCredentials(FakeBedrockRuntime.AccessKey, "not-the-secret")));
        var stats = new LlmCallStats(TimeProvider.System);
        using var metrics = new LlmMetrics(null, stats);
        var gateway = new LlmGateway(clients, Microsoft.Extensions.Options.Options.Create(options), stats, metrics, TimeProvider.System, NullLogger<LlmGateway>.Instance);

        var error = await Assert.ThrowsAsync<LlmUnavailableException>(() => gateway.CompleteAsync(Fast, [new ChatMessage(ChatRole.User, "hi")], CancellationToken.None));

        Assert.Equal(LlmFailureReasons.Error, error.Reason);
        Assert.False(Assert.Single(fake.Calls).SignatureValid);
    }

    [Fact]
    public async Task DocumentPass_LevelCorrections_AppliedToTheDocumentAndLedgered()
    {
        await using var h = await StartAsync();
        var document = new DocumentModel(new DocumentInfo("Notes", "en", 2), [
            Page(1, PageTextSource.TextLayer, Text("p1-b1", BlockRole.Heading, "Course notes", level: 1), Text("p1-b2", BlockRole.Heading, "Week 1", level: 1)),
            Page(2, PageTextSource.TextLayer, Text("p2-b1", BlockRole.Heading, "Week 2", level: 1, page: 2)),
        ]);
        h.Fake.Enqueue(ScriptedAnswer.Operations(640, 48,
            new { op = "set_heading_level", id = "p1-b2", level = 2, reason = "week under course" },
            new { op = "set_heading_level", id = "p2-b1", level = 2, reason = "week under course" },
            new { op = "set_heading_level", id = "p9-b1", level = 2, reason = "unknown" }));

        var result = await h.Get<LlmDocumentPass>().RunAsync("job-doc", document, CancellationToken.None);

        Assert.Equal([1, 2, 2], result.Document.Pages.SelectMany(p => p.Blocks).Select(b => b.Level));
        Assert.Equal((1, 640L, 48L), (result.Llm!.Calls, result.Llm.InputTokens, result.Llm.OutputTokens));
        var ledger = await h.Blobs.ReadTextAsync(BlobContainers.Temp, JobBlobKeys.DocumentLedger("job-doc"));
        Assert.Contains("\"after\":\"h2\"", ledger, StringComparison.Ordinal);
        Assert.Contains("document-v1", ledger, StringComparison.Ordinal);
        Assert.Contains("Week 2", (await h.Blobs.ReadTextAsync(BlobContainers.Temp, JobBlobKeys.Headings("job-doc")))!, StringComparison.Ordinal);
    }
}
