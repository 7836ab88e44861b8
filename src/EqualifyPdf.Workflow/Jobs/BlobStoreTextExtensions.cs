using System.Text;
using System.Text.Json;
using EqualifyPdf.Storage;

namespace EqualifyPdf.Workflow.Jobs;

/// <summary>UTF-8 text and JSON convenience over <see cref="IBlobStore"/>.</summary>
internal static class BlobStoreTextExtensions
{
    public static async Task WriteTextAsync(this IBlobStore blobs, string container, string key, string text, CancellationToken ct)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false);
        await blobs.WriteAsync(container, key, content, ct);
    }

    public static async Task<string?> ReadTextAsync(this IBlobStore blobs, string container, string key, CancellationToken ct)
    {
        await using var stream = await blobs.OpenReadAsync(container, key, ct);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }

    public static async Task WriteJsonAsync<T>(this IBlobStore blobs, string container, string key, T value, CancellationToken ct)
    {
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(value), writable: false);
        await blobs.WriteAsync(container, key, content, ct);
    }

    public static async Task<T?> ReadJsonAsync<T>(this IBlobStore blobs, string container, string key, CancellationToken ct)
    {
        await using var stream = await blobs.OpenReadAsync(container, key, ct);
        return stream is null ? default : await JsonSerializer.DeserializeAsync<T>(stream, cancellationToken: ct);
    }
}
