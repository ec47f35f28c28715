using Inkwell.Gateway;
using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Configuration;

namespace Inkwell.Tests.Gateway;

/// <summary>
/// A module's paths are declared in one place, and the gateway routes what the module really maps: every endpoint a
/// module's process serves (started with that module alone) falls under a prefix the gateway sends to that module, so
/// no API of it ends up at the website's catch-all in the services shape.
/// </summary>
public sealed class ModulePathTests
{
    // Every process answers these itself; through the gateway they reach the website or the gateway's own.
    private static readonly string[] EveryProcess = ["/health/", "/metrics", "/api/openapi.json", "/api/docs"];

    [Theory]
    [InlineData("identity")]
    [InlineData("content")]
    public async Task Every_endpoint_a_module_maps_is_routed_to_it_by_the_gateway(string module)
    {
        using var factory = new SingleModuleFactory(module);
        // The endpoints are mapped once the host has started, which its first answer proves.
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/live")).StatusCode);
        var routes = new GatewayRoutes(InkwellModules.All).Build();

        var paths = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Where(path => !EveryProcess.Any(shared => path.StartsWith(shared, StringComparison.Ordinal)))
            .Distinct()
            .ToList();

        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.True(ClusterOf(routes, path) == module, $"{path} goes to {ClusterOf(routes, path)}, not {module}"));
    }

    /// <summary>The cluster YARP picks: a module's prefix when the path is it or under it, else the catch-all.</summary>
    private static string ClusterOf(IReadOnlyList<RouteConfig> routes, string path)
    {
        var prefixed = routes.Where(r => r.Order is null).FirstOrDefault(r =>
        {
            var prefix = r.Match.Path![..^"/{**rest}".Length];
            return path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal);
        });
        return (prefixed ?? routes.Single(r => r.Order == int.MaxValue)).ClusterId!;
    }

    private sealed class SingleModuleFactory(string module) : InkwellFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("target", module);
            // A process without Identity must be told where Identity's keys are; this test sends no token.
            builder.UseSetting("Auth:JwksUrl", "http://127.0.0.1:9/.well-known/jwks.json");
        }
    }
}
