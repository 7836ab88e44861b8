using EqualifyPdf.Hosting.Health;
namespace EqualifyPdf.Silo.Health;

/// <summary>The body of the silo's <c>GET /health</c>.</summary>
/// <param name="Status"><c>healthy</c> or <c>unhealthy</c>.</param>
/// <param name="Redis">Cluster storage (Redis or the embedded Garnet).</param>
/// <param name="EmbeddedGarnet">True when this silo hosts Garnet itself.</param>
/// <param name="BlobStore">The blob store.</param>
/// <param name="Cluster">Membership as this silo sees it.</param>
/// <param name="ActiveSilos">Active silos in the membership table.</param>
public sealed record SiloHealthReport(
    string Status, ComponentHealth Redis, bool EmbeddedGarnet, ComponentHealth BlobStore, ComponentHealth Cluster, int ActiveSilos);
