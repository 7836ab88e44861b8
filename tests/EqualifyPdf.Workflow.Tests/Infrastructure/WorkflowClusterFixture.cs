// EqualifyPdf.Workflow.Tests: the workflow grains on an in-process Orleans test cluster, and the page corrector.

using EqualifyPdf.Contracts;
using EqualifyPdf.Storage;
using EqualifyPdf.Storage.Local;
using EqualifyPdf.Workflow.Corrections;
using EqualifyPdf.Workflow.Naming;
using EqualifyPdf.Workflow.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.Reminders;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

namespace EqualifyPdf.Workflow.Tests.Infrastructure;

/// <summary>
/// One silo for the whole collection: grain storage under the workflow's storage names and reminders on memory,
/// embedded Garnet or redis-server (<see cref="GrainStorageBackend"/>), and a fake clock shared by the workflow and
/// the reminder service so deadlines of hours and retention of days pass in one call.
/// </summary>
public sealed class WorkflowClusterFixture : IAsyncLifetime
{
    public const string PublicBaseUrl = "https://review.example.test";

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "eqpdf-wf-" + Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public CapturingLoggerProvider Logs { get; } = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The silo's services (the progress store the grains publish to).</summary>
    public IServiceProvider SiloServices => Cluster.Silos[0].SiloHost.Services;

    public IBlobStore Blobs { get; private set; } = null!;

    private const string InnerJobStorage = "jobs-inner";

    /// <summary>Memory, embedded Garnet or redis-server (<see cref="GrainStorageBackend.Variable"/>).</summary>
    public GrainStorageBackend Backend { get; private set; } = null!;

    /// <summary>The job grains' storage: failures on demand, bytes written per job.</summary>
    public static FaultyGrainStorage JobStorage { get; private set; } = null!;

    public string Outbox => Path.Combine(Root, "outbox");

    public async Task InitializeAsync()
    {
        Blobs = new LocalFolderBlobStore(Path.Combine(Root, "blobs"));
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workflow:OutboxFolder"] = Outbox,
            ["Workflow:PublicBaseUrl"] = PublicBaseUrl,
            ["Workflow:PageRetryBaseDelay"] = "00:00:00.010",
            ["Workflow:StorageRetries"] = "3",
            ["Workflow:StorageRetryDelay"] = "00:00:00.005",
        }).Build();

        Backend = await GrainStorageBackend.StartAsync();
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            Backend.Configure(silo, InnerJobStorage);

            // Reminders due within the window are held in memory; the retention reminder is due in 30 (fake) days.
            silo.Configure<ReminderOptions>(o => o.ReminderLoadingWindow = TimeSpan.FromDays(60));
            var services = silo.Services;
            services.Configure<ExceptionSerializationOptions>(WireExceptions.Allow);
            services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
            services.AddKeyedSingleton<TimeProvider>(WorkflowTime.Key, Clock);
            services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, Clock);
            services.AddSingleton<IBlobStore>(new GatedBlobStore(Blobs));
            services.AddSingleton<PdfPiiScanner>();
            services.AddSingleton<PdfDocumentConverter>();
            services.AddSingleton<RuleBasedPageCorrector>();
            services.AddSingleton<IPiiScanner, ScenarioPiiScanner>();
            services.AddSingleton<IDocumentConverter, ScenarioConverter>();
            services.AddSingleton<IPageCorrector, ScenarioCorrector>();
            services.AddSingleton<OutboxApprovalNotifier>();
            services.AddSingleton<IApprovalNotifier, ScenarioNotifier>();
            services.AddKeyedSingleton<IGrainStorage>(StorageNames.Jobs, (sp, _) =>
                JobStorage = new FaultyGrainStorage(sp.GetRequiredKeyedService<IGrainStorage>(InnerJobStorage), sp.GetRequiredService<Serializer>()));
            services.AddEqualifyWorkflow(config);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Backend.Dispose();
        Directory.Delete(Root, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class WorkflowClusterCollection : ICollectionFixture<WorkflowClusterFixture>
{
    public const string Name = "workflow-cluster";
}
