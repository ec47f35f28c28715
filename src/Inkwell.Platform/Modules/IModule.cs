using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Platform.Modules;

/// <summary>A bounded context that owns its tables and can be started in a process on its own.</summary>
public interface IModule
{
    string Name { get; }

    IReadOnlyList<string> DependsOn { get; }

    /// <summary>
    /// The dependencies this module can also call over HTTP when they run in another process (a subset of
    /// <see cref="DependsOn"/>); a target without them is not refused. <see cref="RunningModules"/> tells which it got.
    /// </summary>
    IReadOnlyList<string> ReachableOverHttp => [];

    /// <summary>
    /// The paths the module answers, as prefixes: <c>/api/articles</c> is that path and everything under it. In the
    /// services shape the gateway sends them to the module's instances; <c>/</c> is the catch-all, matched after every
    /// other prefix. The one place that says which requests a module serves.
    /// </summary>
    IReadOnlyList<string> PathPrefixes => [];

    void AddServices(IHostApplicationBuilder builder);

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>Brings the module's own tables up to date.</summary>
    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Writes the module's share of the demo content; called only on an empty database.</summary>
    Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken);
}
