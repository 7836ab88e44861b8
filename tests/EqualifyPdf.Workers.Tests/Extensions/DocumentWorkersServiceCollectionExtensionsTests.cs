using EqualifyPdf.Workers.Pool;
using EqualifyPdf.Workflow;
using EqualifyPdf.Workflow.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EqualifyPdf.Workers.Tests.Extensions;

public sealed class DocumentWorkersServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddDocumentWorkers_BeforeWorkflow_StepsRunInWorkersStartedAndKilledWithHost()
    {
        var scratch = Path.Combine(Path.GetTempPath(), "equalify-workers-tests", Guid.NewGuid().ToString("N"));
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workers:Count"] = "1",
            ["Workers:ScratchFolder"] = scratch,
            ["Workers:StepCpuBudget"] = "00:00:30",
        });
        builder.Services.AddDocumentWorkers(builder.Configuration);
        builder.Services.AddEqualifyWorkflow(builder.Configuration);
        using var host = builder.Build();

        Assert.IsType<WorkerPiiScanner>(host.Services.GetRequiredService<IPiiScanner>());
        Assert.IsType<WorkerDocumentConverter>(host.Services.GetRequiredService<IDocumentConverter>());
        var pool = host.Services.GetRequiredService<DocumentWorkerPool>();
        Assert.Same(pool.Queue, host.Services.GetRequiredService<EqualifyPdf.Workflow.Admission.DocumentWorkQueue>());
        Assert.Equal(1, pool.Queue.Capacity);

        await host.StartAsync();
        var worker = System.Diagnostics.Process.GetProcessById(Assert.Single(pool.WorkerProcessIds));
        var report = await host.Services.GetRequiredService<IPiiScanner>()
            .ScanAsync(new MemoryStream(Testing.TestPdfs.WithPii()), "job", CancellationToken.None);
        await host.StopAsync();

        Assert.NotEmpty(report.Findings);
        Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(2)), "the worker outlived the host");
        Directory.Delete(scratch, recursive: true);
    }
}
