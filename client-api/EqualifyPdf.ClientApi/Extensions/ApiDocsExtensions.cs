using System.Globalization;
using EqualifyPdf.ClientApi.Auth;
using EqualifyPdf.Hosting.Telemetry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace EqualifyPdf.ClientApi.Extensions;

/// <summary>The OpenAPI document (<c>/openapi/v1.json</c>, Microsoft.AspNetCore.OpenApi) and its reference UI
/// (<c>/docs</c>, Scalar). Each route describes its own answers; the transformers add what every route shares: the 503
/// of our outages, the 401/403 of the role policies, and <c>/metrics</c>, which is no minimal-API route.</summary>
public static class ApiDocsExtensions
{
    /// <summary>The document name; the document is served at <c>/openapi/v1.json</c>.</summary>
    public const string DocumentName = "v1";

    /// <summary>Registers the document generator and its transformers.</summary>
    public static IServiceCollection AddEqualifyApiDocs(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "EqualifyPdf",
                    Version = DocumentName,
                    Description = "PDF to accessible HTML and Markdown behind a PII gate. JSON is snake_case; every error is an RFC 7807 "
                        + "problem details document (application/problem+json).",
                };
                document.Paths ??= [];
                document.Paths[TelemetryExtensions.MetricsPath] = MetricsPath();
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(async (operation, context, ct) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, ct);
                operation.Responses ??= [];
                if (metadata.OfType<IAllowAnonymous>().Any() is false && metadata.OfType<IAuthorizeData>().Any())
                {
                    Add(operation, "401", "No or an unknown credential.", problem);
                    Add(operation, "403", "The caller's role may not use this route.", problem);
                }

                var key = $"{context.Description.HttpMethod} /{context.Description.RelativePath}";
                foreach (var answer in ApiAnswerCatalog.Routes.GetValueOrDefault(key, []))
                {
                    if (answer.MediaTypes.Length == 0 && answer.Status >= 400)
                    {
                        Add(operation, answer.Status.ToString(CultureInfo.InvariantCulture), answer.Description, problem);
                        continue;
                    }

                    operation.Responses.TryAdd(answer.Status.ToString(CultureInfo.InvariantCulture), new OpenApiResponse
                    {
                        Description = answer.Description,
                        Content = answer.MediaTypes.ToDictionary(type => type, _ => new OpenApiMediaType()),
                    });
                }

                if (context.Description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
                {
                    Add(operation, "503", "Our cluster, grain storage or blob store does not answer; retry after Retry-After seconds. "
                        + "Nothing the caller sent is lost.", problem);
                }
            });
        });

    /// <summary>Maps <c>/openapi/v1.json</c> and the Scalar reference at <c>/docs</c>, both open to everyone.</summary>
    public static WebApplication MapEqualifyApiDocs(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/docs", o => o.WithTitle("EqualifyPdf API").WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .AllowAnonymous();
        return app;
    }

    private static void Add(OpenApiOperation operation, string status, string description, IOpenApiSchema problem) =>
        operation.Responses!.TryAdd(status, new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        });

    private static OpenApiPathItem MetricsPath() => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [HttpMethod.Get] = new()
            {
                OperationId = "Metrics",
                Summary = "Prometheus scrape (operators)",
                Description = "OpenTelemetry metrics of this API process (ASP.NET Core, HttpClient, runtime, the Orleans client) in the "
                    + "Prometheus text format, or OpenMetrics when asked for. Requires the " + AuthPolicies.Operator + " role.",
                Tags = new HashSet<OpenApiTagReference> { new("Operations") },
                Responses = new OpenApiResponses
                {
                    ["200"] = new OpenApiResponse
                    {
                        Description = "The metrics.",
                        Content = new Dictionary<string, OpenApiMediaType> { ["text/plain"] = new() },
                    },
                    ["401"] = new OpenApiResponse { Description = "No or an unknown credential." },
                    ["403"] = new OpenApiResponse { Description = "Not an operator." },
                },
            },
        },
    };
}
