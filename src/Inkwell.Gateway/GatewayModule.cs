using Inkwell.Platform.Health;
using Inkwell.Platform.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Gateway;

/// <summary>
/// The services shape's front door: a YARP reverse proxy that routes each path to the module that owns it
/// and balances the load over that module's instances. It owns no data and runs in a process of its own.
/// </summary>
public sealed class GatewayModule : IStandaloneModule
{
    public string Name => "gateway";

    public IReadOnlyList<string> DependsOn => [];

    public void AddServices(IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(GatewayOptions.Section);
        var options = section.Get<GatewayOptions>() ?? new GatewayOptions();
        var clusters = GatewayClusters.Build(options);

        builder.Services.Configure<GatewayOptions>(section);
        builder.Services.AddReverseProxy().LoadFromMemory(GatewayRoutes.Build(), clusters);
        builder.Services.AddInkwellHealthChecks().AddCheck<DestinationsHealthCheck>("gateway-destinations", tags: [HealthEndpoints.ReadyTag]);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapReverseProxy(proxy =>
    {
        // Retries wrap load balancing, so each new attempt is balanced over the instances not yet tried.
        proxy.UseMiddleware<RetryMiddleware>();
        proxy.UseLoadBalancing();
        proxy.UsePassiveHealthChecks();
    });

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
