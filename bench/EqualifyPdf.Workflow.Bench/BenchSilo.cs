using EqualifyPdf.Workflow.Naming;
using Orleans.Hosting;

namespace EqualifyPdf.Workflow.Bench;

/// <summary>The silo the benchmark runs on. Swap this one method to measure another storage (e.g. embedded Garnet).</summary>
internal static class BenchSilo
{
    public static void Configure(ISiloBuilder silo)
    {
        silo.UseLocalhostClustering();
        silo.AddMemoryGrainStorage(StorageNames.Jobs);
        silo.AddMemoryGrainStorage(StorageNames.Pages);
        silo.AddMemoryGrainStorage(StorageNames.Tokens);
        silo.UseInMemoryReminderService();
    }
}
