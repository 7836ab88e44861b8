namespace EqualifyPdf.Web.Tests.Infrastructure;

/// <summary>A second client-api of the fixture's cluster (see <see cref="WebFixture.StartApp"/>), e.g. with API keys.</summary>
/// <param name="App">The app.</param>
/// <param name="BaseUrl">Its address.</param>
public sealed record ExtraApp(WebAppFactory App, Uri BaseUrl) : IAsyncDisposable
{
    /// <summary>An HTTP client at <see cref="BaseUrl"/>; <paramref name="apiKey"/> goes as <c>X-API-Key</c>.</summary>
    public HttpClient Client(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = BaseUrl };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        }

        return client;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => App.DisposeAsync();
}
