using System.Net;
using System.Text.Json;
using EqualifyPdf.ClientApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace EqualifyPdf.ClientApi.Tests;

/// <summary>The OpenAPI document describes every route the app maps — found by enumerating the app's endpoints, so
/// routes added later are covered without touching this test — and the Scalar reference serves it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OpenApiTests(ClusterFixture cluster)
{
    [Fact]
    public async Task OpenApiDocument_EveryMappedRoute_IsDescribedWithItsAnswers()
    {
        using var client = cluster.Api.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");

        var routes = cluster.Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not null)
            .ToList();
        var excluded = routes.Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription == true).ToList();
        Assert.All(excluded, e => Assert.Matches("^/(openapi|docs|scalar)(/|$)", PathOf(e.RoutePattern)));
        var described = routes.Except(excluded).ToList();
        Assert.Contains(described, e => PathOf(e.RoutePattern) == "/api/v1/documents/submit");

        foreach (var endpoint in described)
        {
            var path = PathOf(endpoint.RoutePattern);
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing from the OpenAPI document");
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods)
            {
                Assert.True(item.TryGetProperty(method.ToLowerInvariant(), out var operation), $"{method} {path} is missing");
                var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
                Assert.True(responses.Any(code => code.StartsWith('2') || code.StartsWith('3')),
                    $"{method} {path} describes no success, only {string.Join(", ", responses)}");
                if (path.StartsWith("/api/", StringComparison.Ordinal))
                {
                    var outage = operation.GetProperty("responses").GetProperty("503");
                    Assert.True(outage.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{method} {path}: 503 is no problem");
                }
            }
        }

        Assert.True(paths.GetProperty("/metrics").TryGetProperty("get", out _), "/metrics is not described");
    }

    [Fact]
    public async Task OpenApiDocument_HealthRoutes_CarryTheirSummaryAndBothAnswers()
    {
        using var client = cluster.Api.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var ready = document.RootElement.GetProperty("paths").GetProperty("/health/ready").GetProperty("get");

        Assert.False(string.IsNullOrWhiteSpace(ready.GetProperty("summary").GetString()));
        Assert.Equal(["200", "503"], ready.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order().ToArray());
    }

    [Fact]
    public async Task ScalarReference_Requested_ServesTheUiForTheDocument()
    {
        using var client = cluster.Api.CreateClient();
        using var response = await client.GetAsync("/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string PathOf(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));
}
