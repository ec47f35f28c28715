using Inkwell.Gateway;
using Inkwell.Platform;

namespace Inkwell.Tests.Gateway;

public sealed class GatewayConfigurationTests
{
    [Fact]
    public void Each_module_becomes_a_cluster_probed_on_its_readiness_and_balanced_by_power_of_two_choices()
    {
        var clusters = GatewayClusters.Build(Options());

        Assert.Equal(["identity", "content", "web", "worker"], clusters.Select(c => c.ClusterId));
        var content = clusters.Single(c => c.ClusterId == "content");
        Assert.Equal("PowerOfTwoChoices", content.LoadBalancingPolicy);
        Assert.Equal("/health/ready", content.HealthCheck!.Active!.Path);
        Assert.True(content.HealthCheck.Passive!.Enabled);
        Assert.Equal(["http://127.0.0.1:5121", "http://127.0.0.1:5122"], content.Destinations!.Values.Select(d => d.Address));
        Assert.Equal(TimeSpan.FromSeconds(30), content.HttpRequest!.ActivityTimeout);
    }

    [Fact]
    public void The_policy_name_is_read_case_insensitively()
    {
        var options = Options();
        options.LoadBalancing = "roundrobin";

        Assert.All(GatewayClusters.Build(options), cluster => Assert.Equal("RoundRobin", cluster.LoadBalancingPolicy));
    }

    [Fact]
    public void Module_paths_go_to_their_module_and_everything_else_to_the_website_last()
    {
        var routes = GatewayRoutes.Build();

        Assert.Equal("identity", routes.Single(r => r.Match.Path == "/api/user/{**rest}").ClusterId);
        Assert.Equal("identity", routes.Single(r => r.Match.Path == "/.well-known/{**rest}").ClusterId);
        Assert.Equal("content", routes.Single(r => r.Match.Path == "/api/tags/{**rest}").ClusterId);
        Assert.Equal("identity", routes.Single(r => r.Match.Path == "/api/admin/identity/{**rest}").ClusterId);
        Assert.Equal("content", routes.Single(r => r.Match.Path == "/api/admin/content/{**rest}").ClusterId);
        Assert.Equal("worker", routes.Single(r => r.Match.Path == "/api/admin/worker/{**rest}").ClusterId);
        var site = routes.Single(r => r.ClusterId == "web");
        Assert.Equal("/{**rest}", site.Match.Path);
        Assert.Equal(int.MaxValue, site.Order);
    }

    [Theory]
    [InlineData("LoadBalancing", "Fastest", "Gateway:LoadBalancing is 'Fastest'")]
    [InlineData("Retry", "0", "Gateway:Retry:MaxAttempts is 0")]
    [InlineData("Destination", "127.0.0.1:5121", "holds '127.0.0.1:5121', which is not an http(s) address")]
    [InlineData("Web", "", "Gateway:Clusters:web:Destinations lists no instance")]
    public void Configuration_that_cannot_work_stops_start_up_with_what_is_wrong(string setting, string value, string message)
    {
        var options = Options();
        switch (setting)
        {
            case "LoadBalancing": options.LoadBalancing = value; break;
            case "Retry": options.Retry.MaxAttempts = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "Destination": options.Clusters["content"].Destinations[0] = value; break;
            case "Web": options.Clusters.Remove("web"); break;
        }

        var error = Assert.Throws<ConfigurationException>(() => GatewayClusters.Build(options));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static GatewayOptions Options() => new()
    {
        Clusters =
        {
            ["identity"] = new() { Destinations = ["http://127.0.0.1:5111"] },
            ["content"] = new() { Destinations = ["http://127.0.0.1:5121", "http://127.0.0.1:5122"] },
            ["web"] = new() { Destinations = ["http://127.0.0.1:5131"] },
            ["worker"] = new() { Destinations = ["http://127.0.0.1:5141"] },
        },
    };
}
