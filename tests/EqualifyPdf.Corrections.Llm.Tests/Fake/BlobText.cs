using System.Text;
using EqualifyPdf.Storage;

namespace EqualifyPdf.Corrections.Llm.Tests.Fake;

internal static class BlobText
{
    public static async Task<string?> ReadTextAsync(this IBlobStore blobs, string container, string key)
    {
        await using var stream = await blobs.OpenReadAsync(container, key, CancellationToken.None);
        return stream is null ? null : await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
    }
}
