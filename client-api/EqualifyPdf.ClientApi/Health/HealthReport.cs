using EqualifyPdf.Hosting.Health;
namespace EqualifyPdf.ClientApi.Health;

/// <summary>The body of <c>GET /health</c>.</summary>
/// <param name="Status"><c>healthy</c> or <c>unhealthy</c>.</param>
/// <param name="Redis">Cluster storage (Redis or the silo's embedded Garnet).</param>
/// <param name="BlobStore">The blob store uploads are written to.</param>
/// <param name="Cluster">Whether at least one silo is active.</param>
/// <param name="ActiveSilos">Active silos in the membership table.</param>
public sealed record HealthReport(string Status, ComponentHealth Redis, ComponentHealth BlobStore, ComponentHealth Cluster, int ActiveSilos);
