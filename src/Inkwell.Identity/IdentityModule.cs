using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Identity.Seeding;
using Inkwell.Platform.Data;
using Inkwell.Platform.Messaging;
using Inkwell.Platform.Modules;
using Inkwell.Platform.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Identity;

/// <summary>Users, credentials, tokens, profiles and follows.</summary>
public sealed class IdentityModule : IModule
{
    public string Name => "identity";

    public IReadOnlyList<string> DependsOn => [];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<IdentityDbContext>(Name);
        builder.AddOutboxRelay<IdentityDbContext>();
        builder.Services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        builder.Services.AddScoped<IdentityService>();
        builder.Services.AddScoped<IBulkSeeder, IdentityBulkSeeder>();
        builder.Services.AddScoped<IAccounts>(services => services.GetRequiredService<IdentityService>());
        builder.Services.AddScoped<IProfiles>(services => services.GetRequiredService<IdentityService>());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapIdentityApi();

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<IdentityDbContext>().Database.MigrateAsync(cancellationToken);

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        IdentityDemoData.SeedAsync(services, cancellationToken);
}
