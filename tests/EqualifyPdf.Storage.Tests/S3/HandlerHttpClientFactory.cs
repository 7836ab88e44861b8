using Amazon.Runtime;

namespace EqualifyPdf.Storage.Tests.S3;

/// <summary>Hands the S3 client an HttpClient over the test's handler.</summary>
public sealed class HandlerHttpClientFactory(HttpMessageHandler handler) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);
}
