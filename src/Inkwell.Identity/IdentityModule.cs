using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Identity.Mail;
using Inkwell.Identity.Seeding;
using Inkwell.Identity.Services;
using Inkwell.Identity.Tokens;
using Inkwell.Platform.Admin;
using Inkwell.Platform.Auth;
using Inkwell.Platform.Caching;
using Inkwell.Platform.Data;
using Inkwell.Platform.Messaging;
using Inkwell.Platform.Modules;
using Inkwell.Platform.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Identity;

/// <summary>Users, credentials, roles, tokens (signing, refresh, revocation, the published keys), profiles and follows.</summary>
public sealed class IdentityModule : IModule
{
    public const string ModuleName = "identity";

    public string Name => ModuleName;

    public IReadOnlyList<string> DependsOn => [];

    public IReadOnlyList<string> PathPrefixes => ["/api/users", "/api/user", "/api/profiles", "/.well-known", "/api/admin/identity"];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.AddCommitGeneration<IdentityDbContext>();
        builder.AddModuleDbContext<IdentityDbContext>(Name);
        builder.AddOutboxRelay<IdentityDbContext>();
        // Accounts are made by sign-up and `inkwell users create`; names and addresses change through settings, which keep
        // their normalized copies and the events in step.
        builder.AddAdminCatalogue<IdentityDbContext>(Name, admin => admin
            .Secret<User>(nameof(User.PasswordHash))
            .Secret<RefreshToken>(nameof(RefreshToken.TokenHash))
            .ReadOnly<User>(nameof(User.Username), nameof(User.NormalizedUsername), nameof(User.Email), nameof(User.NormalizedEmail), nameof(User.CreatedAt))
            .ReadOnly<RefreshToken>(nameof(RefreshToken.UserId), nameof(RefreshToken.FamilyId), nameof(RefreshToken.CreatedAt), nameof(RefreshToken.ExpiresAt))
            .NotCreatable<User>()
            .NotCreatable<RefreshToken>());

        // Identity signs the tokens, so in its process the key set it signs with is also what every module validates with.
        builder.Services.AddSingleton(services => services.GetRequiredService<SigningKeyStore>().Load());
        builder.Services.Replace(ServiceDescriptor.Singleton<ITokenValidationKeys>(services => services.GetRequiredService<SigningKeySet>()));
        builder.Services.AddSingleton<AccessTokenIssuer>();
        builder.Services.AddSingleton(ServiceClients.From(builder.Configuration));
        builder.Services.AddSingleton<UnsubscribeTokens>();
        builder.Services.AddSingleton(RefreshTokenOptions.From(builder.Configuration));
        builder.Services.AddScoped<RefreshTokens>();
        builder.Services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        builder.Services.AddScoped<IdentityService>();
        builder.Services.AddScoped<IBulkSeeder, IdentityBulkSeeder>();
        builder.Services.AddScoped<IAccounts>(services => services.GetRequiredService<IdentityService>());
        builder.Services.AddScoped<IProfiles>(services => services.GetRequiredService<IdentityService>());
        builder.Services.AddScoped<IdentityOperations>();
        builder.Services.AddScoped<IUserAdministration>(services => services.GetRequiredService<IdentityOperations>());
        builder.Services.AddScoped<IUserTransfer>(services => services.GetRequiredService<IdentityOperations>());
        builder.Services.AddScoped<MailPreferences>();
        builder.Services.AddScoped<IMailPreferences>(services => services.GetRequiredService<MailPreferences>());
        builder.Services.AddScoped<IMailSettings>(services => services.GetRequiredService<MailPreferences>());
        builder.Services.AddScoped<ISessionMaintenance>(services => services.GetRequiredService<IdentityService>());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapIdentityApi();

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<IdentityDbContext>().Database.MigrateAsync(cancellationToken);

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        IdentityDemoData.SeedAsync(services, cancellationToken);
}
