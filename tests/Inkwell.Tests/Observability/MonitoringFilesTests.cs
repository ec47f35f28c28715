using System.Text.RegularExpressions;

namespace Inkwell.Tests.Observability;

/// <summary>deploy/monitoring's Grafana dashboard: valid JSON that an import accepts, with a panel for each thing an operator watches.</summary>
public sealed partial class MonitoringFilesTests
{
    [Fact]
    public void The_dashboard_is_valid_json_with_unique_panel_ids_and_a_query_on_every_panel()
    {
        var dashboard = Dashboard();

        Assert.Equal("inkwell-overview", (string?)dashboard["uid"]);
        var panels = dashboard["panels"]!.AsArray();
        Assert.Equal(panels.Count, panels.Select(p => (int)p!["id"]!).Distinct().Count());
        Assert.All(panels, panel =>
        {
            var targets = panel!["targets"]!.AsArray();
            Assert.NotEmpty(targets);
            Assert.All(targets, target => Assert.False(string.IsNullOrWhiteSpace((string?)target!["expr"]), (string?)panel["title"]));
        });
    }

    [Theory]
    [InlineData("request rate", "http_server_request_duration_seconds_count")]
    [InlineData("latency percentiles", "histogram_quantile(0.99, sum by (le) (rate(http_server_request_duration_seconds_bucket")]
    [InlineData("error rate", "http_response_status_code=~\"5..\"")]
    [InlineData("sign-ups", "inkwell_users_registered_total")]
    [InlineData("articles published", "inkwell_articles_published_total")]
    [InlineData("comments", "inkwell_comments_added_total")]
    [InlineData("favorites", "inkwell_favorites_added_total")]
    [InlineData("job failures", "inkwell_jobs_failed_total")]
    [InlineData("cache hit ratio", "inkwell_cache_lookups_total{job=\"inkwell\", instance=~\"$instance\", result=\"hit\"}")]
    public void The_dashboard_charts(string what, string query)
    {
        var expressions = Dashboard()["panels"]!.AsArray().SelectMany(p => p!["targets"]!.AsArray()).Select(t => (string)t!["expr"]!);

        Assert.True(expressions.Any(e => e.Contains(query, StringComparison.Ordinal)), $"no panel charts {what}");
    }

    [Fact]
    public void Every_inkwell_metric_the_dashboard_and_alerts_use_is_one_the_code_defines()
    {
        var monitoring = Path.Combine(RepositoryRoot(), "deploy", "monitoring");
        var used = MetricName().Matches(File.ReadAllText(Path.Combine(monitoring, "grafana-dashboard.json")) + File.ReadAllText(Path.Combine(monitoring, "alerts.yml")))
            .Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();

        Assert.NotEmpty(used);
        Assert.All(used, metric =>
        {
            // inkwell_jobs_duration_seconds_bucket is the histogram "inkwell.jobs.duration" in the code.
            var instrument = Regex.Replace(metric, "_(total|seconds_bucket|seconds_count|seconds_sum|bucket|count|sum)$", "").Replace('_', '.');
            Assert.True(sources.Any(s => s.Contains($"\"{instrument}\"", StringComparison.Ordinal)), $"{metric}: no instrument named \"{instrument}\" in src/");
        });
    }

    private static JsonNode Dashboard() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "deploy", "monitoring", "grafana-dashboard.json")))!;

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Inkwell.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No Inkwell.slnx above the test binaries.");
    }

    [GeneratedRegex(@"\binkwell_[a-z_]+\b")]
    private static partial Regex MetricName();
}
