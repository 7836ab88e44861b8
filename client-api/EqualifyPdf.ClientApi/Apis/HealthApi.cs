using EqualifyPdf.ClientApi.Auth;
using EqualifyPdf.Hosting.Health;

namespace EqualifyPdf.ClientApi.Apis;

/// <summary><c>/health/live</c>, <c>/health/ready</c> and the <c>/health</c> alias: ASP.NET Core Health Checks over
/// Redis/Garnet, the blob store and the cluster (and whatever else joins readiness), cached; open to everyone, with
/// the details for operators only (anonymous callers never see error text).</summary>
public static class HealthApi
{
    /// <summary>Maps the three probes.</summary>
    public static IEndpointConventionBuilder MapHealthApi(this IEndpointRouteBuilder app) =>
        app.MapEqualifyHealth(showDetails: context => context.User.IsOperator()).AllowAnonymous();
}
