using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Platform.Modules;

/// <summary>A bounded context that owns its tables and can be started in a process on its own.</summary>
public interface IModule
{
    string Name { get; }

    IReadOnlyList<string> DependsOn { get; }

    void AddServices(IHostApplicationBuilder builder);

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>Brings the module's own tables up to date.</summary>
    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Writes the module's share of the demo content; called only on an empty database.</summary>
    Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken);
}
