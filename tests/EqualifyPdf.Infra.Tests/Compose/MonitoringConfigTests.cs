using System.Text.Json;
using EqualifyPdf.Infra.Tests.Support;

namespace EqualifyPdf.Infra.Tests.Compose;

/// <summary>Prometheus scrapes both silos; Grafana's provisioned data source and dashboard fit together.</summary>
public sealed class MonitoringConfigTests
{
    private static readonly string[] DashboardMetrics =
    [
        "equalifypdf_jobs",
        "equalifypdf_stage_duration_seconds",
        "equalifypdf_queue_depth",
        "equalifypdf_storage_errors_total",
        "equalifypdf_llm_calls_total",
    ];

    [Fact]
    public void Prometheus_ScrapesEverySiloMetricsEndpoint()
    {
        var config = YamlTree.LoadMapping(RepositoryPaths.Of("infra", "compose", "prometheus.yml"));
        var job = (Dictionary<string, object?>)Assert.Single(ComposeFile.List(config, "scrape_configs"))!;

        Assert.Equal("/metrics", job["metrics_path"]);
        var targets = ComposeFile.List(config, "scrape_configs")
            .Cast<Dictionary<string, object?>>()
            .SelectMany(j => ComposeFile.List(j, "static_configs").Cast<Dictionary<string, object?>>())
            .SelectMany(s => ComposeFile.List(s, "targets").Cast<string>())
            .ToList();
        var silos = ComposeFile.Load(RepositoryPaths.ComposeFile).Services.Keys.Where(k => k.StartsWith("silo", StringComparison.Ordinal));
        Assert.Equal(silos.Select(s => $"{s}:8081").Order(StringComparer.Ordinal), targets.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Grafana_DashboardDataSource_IsTheProvisionedPrometheus()
    {
        var datasources = YamlTree.LoadMapping(RepositoryPaths.Of("infra", "compose", "grafana", "provisioning", "datasources", "prometheus.yml"));
        var source = (Dictionary<string, object?>)Assert.Single(ComposeFile.List(datasources, "datasources"))!;
        Assert.Equal("http://prometheus:9090", source["url"]);

        using var dashboard = LoadDashboard();
        var panels = dashboard.RootElement.GetProperty("panels").EnumerateArray().ToList();
        Assert.All(panels, panel => Assert.Equal(source["uid"], panel.GetProperty("datasource").GetProperty("uid").GetString()));
    }

    [Fact]
    public void Grafana_Dashboard_ChartsEveryEqualifyMetric()
    {
        using var dashboard = LoadDashboard();
        var expressions = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(panel => panel.GetProperty("targets").EnumerateArray())
            .Select(target => target.GetProperty("expr").GetString()!)
            .ToList();

        Assert.All(DashboardMetrics, metric => Assert.Contains(expressions, e => e.Contains(metric, StringComparison.Ordinal)));
    }

    [Fact]
    public void Grafana_DashboardProvider_PointsAtTheMountedFolder()
    {
        var providers = YamlTree.LoadMapping(RepositoryPaths.Of("infra", "compose", "grafana", "provisioning", "dashboards", "equalifypdf.yml"));
        var provider = (Dictionary<string, object?>)Assert.Single(ComposeFile.List(providers, "providers"))!;
        var folder = ComposeFile.Scalar(ComposeFile.Mapping(provider, "options"), "path");

        var grafana = ComposeFile.Load(RepositoryPaths.ComposeFile).Services["grafana"];
        Assert.Contains($"./infra/compose/grafana/dashboards:{folder}:ro", ComposeFile.List(grafana, "volumes").Cast<string>());
    }

    private static JsonDocument LoadDashboard() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("infra", "compose", "grafana", "dashboards", "equalifypdf-overview.json")));
}
