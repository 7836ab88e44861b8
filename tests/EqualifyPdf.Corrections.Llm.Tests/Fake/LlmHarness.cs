using Amazon.Runtime;
using EqualifyPdf.Conversion.Model;
using EqualifyPdf.Corrections.Llm.Bedrock;
using EqualifyPdf.Corrections.Llm.Extensions;
using EqualifyPdf.Corrections.Llm.Options;
using EqualifyPdf.Corrections.Llm.Review;
using EqualifyPdf.Storage;
using EqualifyPdf.Storage.Local;
using EqualifyPdf.Workflow.Corrections;
using EqualifyPdf.Workflow.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using EqualifyPdf.Testing.Bedrock;

namespace EqualifyPdf.Corrections.Llm.Tests.Fake;

/// <summary>The AI services of one test, pointed at a fresh <see cref="FakeBedrockRuntime"/>, with short timings.</summary>
internal sealed class LlmHarness : IAsyncDisposable
{
    public const string Fast = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
    public const string Quality = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";

    private readonly ServiceProvider _services;
    private readonly string _root;

    private LlmHarness(FakeBedrockRuntime fake, ServiceProvider services, string root)
    {
        Fake = fake;
        _services = services;
        _root = root;
    }

    public FakeBedrockRuntime Fake { get; }

    public LlmOptions Options => _services.GetRequiredService<IOptions<LlmOptions>>().Value;

    public IBlobStore Blobs => _services.GetRequiredService<IBlobStore>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<LlmHarness> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var fake = await FakeBedrockRuntime.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "bedrock",
            ["Llm:Region"] = FakeBedrockRuntime.Region,
            ["Llm:FastModel"] = Fast,
            ["Llm:QualityModel"] = Quality,
            ["Llm:Endpoint"] = fake.Url,
            ["Llm:CallTimeout"] = "00:00:05",
            ["Llm:RetryBaseDelay"] = "00:00:00.050",
            ["Llm:MaxRetryAttempts"] = "2",
            ["Llm:CircuitFailureThreshold"] = "3",
            ["Llm:CircuitBreakDuration"] = "00:01:00",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var root = Path.Combine(Path.GetTempPath(), "llm-tests-" + Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        // The real signer over fixed keys, instead of the machine's AWS chain.
        services.AddSingleton(sp => new BedrockChatClients(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            new AwsChainCredentials(FakeBedrockRuntime.Region, () => new BasicAWSCredentials(FakeBedrockRuntime.AccessKey, FakeBedrockRuntime.SecretKey))));
        services.AddEqualifyLlm(configuration);
        services.AddSingleton<IBlobStore>(new LocalFolderBlobStore(root));
        services.AddSingleton<IPageImageRenderer, FixedPageImage>();
        services.AddSingleton<RuleBasedPageCorrector>();
        services.AddSingleton<PageContextLoader>();
        services.AddSingleton<LlmPageCorrector>();
        services.AddSingleton<LlmDocumentPass>();
        return new LlmHarness(fake, services.BuildServiceProvider(validateScopes: true), root);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Fake.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>A page as the converter would emit it.</summary>
    public static PageModel Page(int number, PageTextSource source, params Block[] blocks) => new(number, 612, 792, blocks, source);

    public static Block Text(string id, BlockRole role, string text, int level = 0, double confidence = 1.0, int page = 1) => new()
    {
        Id = id, Role = role, Text = text, Level = level, Confidence = confidence, Page = page, Box = new BoundingBox(50, 50, 400, 20),
    };

    /// <summary>A stand-in page image: the first bytes of a PNG, enough for the request to carry an image block.</summary>
    private sealed class FixedPageImage : IPageImageRenderer
    {
        public Task<byte[]?> RenderPageAsync(Stream pdf, string jobId, int page, int dpi, CancellationToken cancellationToken) =>
            Task.FromResult<byte[]?>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);
    }
}
