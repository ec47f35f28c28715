using Inkwell.Gateway;
using Inkwell.Platform;
using Inkwell.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Tests.Gateway;

public sealed class GatewayConfigurationTests
{
    private static readonly GatewayRoutes Routes = new(InkwellModules.All);
    [Fact]
    public void Each_module_becomes_a_cluster_probed_on_its_readiness_and_balanced_by_power_of_two_choices()
    {
        var clusters = GatewayClusters.Build(Options(), Routes.Clusters);

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

        Assert.All(GatewayClusters.Build(options, Routes.Clusters), cluster => Assert.Equal("RoundRobin", cluster.LoadBalancingPolicy));
    }

    [Fact]
    public void Module_paths_go_to_their_module_and_everything_else_to_the_website_last()
    {
        var routes = Routes.Build();

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

    [Fact]
    public void Every_prefix_a_module_declares_is_routed_to_that_module_and_only_modules_with_paths_are_clusters()
    {
        var routes = Routes.Build();

        foreach (var module in InkwellModules.All)
        {
            var expected = module.PathPrefixes.Select(prefix => prefix == "/" ? "/{**rest}" : $"{prefix}/{{**rest}}");
            Assert.Equal(expected, routes.Where(r => r.ClusterId == module.Name).Select(r => r.Match.Path));
        }

        Assert.Equal(["identity", "content", "web", "worker"], Routes.Clusters);
        Assert.Equal(routes.Count, routes.Select(r => r.RouteId).Distinct().Count());
    }

    [Fact]
    public void A_prefix_a_module_adds_is_routed_to_it_ahead_of_the_site()
    {
        var routes = new GatewayRoutes([new PathsOnly("web", "/"), new PathsOnly("shop", "/api/products")]).Build();

        var products = routes.Single(r => r.ClusterId == "shop");
        Assert.Equal("/api/products/{**rest}", products.Match.Path);
        Assert.Null(products.Order);
        Assert.Equal(int.MaxValue, routes.Single(r => r.ClusterId == "web").Order);
    }

    [Theory]
    [InlineData("/api/articles", "'content' and 'shop' both declare the path prefix '/api/articles'")]
    [InlineData("api/products", "declares the path prefix 'api/products'")]
    [InlineData("/api/products/", "declares the path prefix '/api/products/'")]
    public void A_prefix_two_modules_claim_or_that_is_not_a_path_stops_start_up(string prefix, string message)
    {
        var error = Assert.Throws<ConfigurationException>(() => new GatewayRoutes([new PathsOnly("content", "/api/articles"), new PathsOnly("shop", prefix)]));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
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

        var error = Assert.Throws<ConfigurationException>(() => GatewayClusters.Build(options, Routes.Clusters));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private sealed class PathsOnly(string name, params string[] prefixes) : IModule
    {
        public string Name => name;

        public IReadOnlyList<string> DependsOn => [];

        public IReadOnlyList<string> PathPrefixes => prefixes;

        public void AddServices(IHostApplicationBuilder builder)
        {
        }

        public void MapEndpoints(IEndpointRouteBuilder endpoints)
        {
        }

        public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
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
