using Inkwell.Platform.Health;
using Inkwell.Platform.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Yarp.ReverseProxy.Health;

namespace Inkwell.Gateway;

/// <summary>
/// The services shape's front door: a YARP reverse proxy that routes each path to the module that owns it
/// and balances the load over that module's instances. It owns no data and runs in a process of its own.
/// </summary>
public sealed class GatewayModule(IReadOnlyList<IModule> routed) : IStandaloneModule
{
    public string Name => "gateway";

    public IReadOnlyList<string> DependsOn => [];

    public void AddServices(IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(GatewayOptions.Section);
        var options = section.Get<GatewayOptions>() ?? new GatewayOptions();
        var routes = new GatewayRoutes(routed);
        var clusters = GatewayClusters.Build(options, routes.Clusters);

        builder.Services.Configure<GatewayOptions>(section);

        // YARP keeps an instance that failed live traffic out for its failure-rate window at the least, so the
        // window is the reactivation period: the failure rate is judged over it, and an ejected instance waits it out.
        builder.Services.Configure<TransportFailureRateHealthPolicyOptions>(passive => passive.DetectionWindowSize = options.HealthCheck.ReactivationPeriod);
        builder.Services.AddReverseProxy().LoadFromMemory(routes.Build(), clusters);
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
