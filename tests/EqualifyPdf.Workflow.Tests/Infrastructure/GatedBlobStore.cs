using EqualifyPdf.Storage;

namespace EqualifyPdf.Workflow.Tests.Infrastructure;

/// <summary>The real local store; the upload check of a job can be held by its scenario's gate, and writes of its
/// corrected pages can fail as an open circuit would.</summary>
public sealed class GatedBlobStore(IBlobStore inner) : IBlobStore
{
    public async Task<bool> ExistsAsync(string container, string key, CancellationToken cancellationToken = default)
    {
        if (container == BlobContainers.Temp && key.EndsWith("/source.pdf", StringComparison.Ordinal)
            && JobScenario.ForKey(key)?.UploadGate is { } gate)
        {
            await gate.PassAsync(cancellationToken);
        }

        return await inner.ExistsAsync(container, key, cancellationToken);
    }

    public Task<long> WriteAsync(string container, string key, Stream content, CancellationToken cancellationToken = default) =>
        key.Contains("/corrected/", StringComparison.Ordinal) && JobScenario.ForKey(key) is { } scenario && scenario.TakePageWriteOutage()
            ? throw new BlobStoreUnavailableException(BlobOperation.Upload, TimeSpan.FromSeconds(1), circuitOpen: true, null)
            : inner.WriteAsync(container, key, content, cancellationToken);

    public Task<Stream?> OpenReadAsync(string container, string key, CancellationToken cancellationToken = default) =>
        inner.OpenReadAsync(container, key, cancellationToken);

    public Task DeleteAsync(string container, string key, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(container, key, cancellationToken);

    public Task DeletePrefixAsync(string container, string prefix, CancellationToken cancellationToken = default) =>
        inner.DeletePrefixAsync(container, prefix, cancellationToken);

    public IAsyncEnumerable<BlobEntry> ListAsync(string container, string prefix, CancellationToken cancellationToken = default) =>
        inner.ListAsync(container, prefix, cancellationToken);

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default) => inner.IsHealthyAsync(cancellationToken);
}
