using Inkwell.Content.Contracts;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Admin;
using Inkwell.Platform.Caching;
using Inkwell.Platform.Modules;
using Inkwell.Platform.Remote;
using Inkwell.Worker.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Web.Remote;

/// <summary>
/// The website's way to the modules it does not run in its process (<c>--target web</c>): their contracts, implemented
/// over their REST APIs (docs/decisions/0016), the back office's included (their admin APIs, decision 0019). With the
/// modules in the process it adds nothing, and the pages call them in-process as before.
/// </summary>
internal static class RemoteModules
{
    public const string IdentityClient = "inkwell-identity";
    public const string ContentClient = "inkwell-content";
    public const string WorkerClient = "inkwell-worker";

    public static void AddRemoteModules(this IHostApplicationBuilder builder)
    {
        var running = RunningModules.Of(builder);
        var remoteIdentity = !running.Contains("identity");
        var remoteContent = !running.Contains("content");
        var remoteWorker = !running.Contains("worker");
        if (!remoteIdentity && !remoteContent)
        {
            return;
        }

        var options = RemoteModuleOptions.From(builder.Configuration, "web", remoteIdentity, remoteContent);
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddResponsesOfRemoteModules();
        services.AddMemoryCache();
        services.AddHttpClient(IdentityClient, http => (http.BaseAddress, http.Timeout) = (options.Identity, options.Timeout));
        services.AddHttpClient(ContentClient, http => (http.BaseAddress, http.Timeout) = (options.Content, options.Timeout));
        services.AddSingleton<TokenRefresher>();
        services.AddScoped<SiteTokens>();
        services.Configure<MvcOptions>(mvc => mvc.Filters.Add<SiteSessionExpiredFilter>());

        if (remoteIdentity)
        {
            services.AddScoped<IdentityClient>();
            services.AddScoped<FollowCatchUp>();
            services.AddScoped<IAccounts>(provider => provider.GetRequiredService<IdentityClient>());
            services.AddScoped<IProfiles>(provider => provider.GetRequiredService<IdentityClient>());
            services.AddScoped<IMailSettings>(provider => provider.GetRequiredService<IdentityClient>());
            services.AddScoped<IUserAdministration, UserAdministrationClient>();
            services.AddRemoteCatalogue(IdentityClient, "identity");
        }

        if (remoteContent)
        {
            services.AddScoped<ContentClient>();
            services.AddScoped<IArticles>(provider => provider.GetRequiredService<ContentClient>());
            services.AddScoped<IComments>(provider => provider.GetRequiredService<ContentClient>());
            services.AddScoped<ITrendingTags>(provider => provider.GetRequiredService<ContentClient>());
            services.AddScoped<IModeration, ModerationClient>();
            services.AddRemoteCatalogue(ContentClient, "content");
        }

        // The worker is no dependency of the site: without an address for it, the back office shows no jobs.
        if (remoteWorker && options.Worker is { } worker)
        {
            services.AddHttpClient(WorkerClient, http => (http.BaseAddress, http.Timeout) = (worker, options.Timeout));
            services.AddScoped<IJobs, JobsClient>();
            services.AddRemoteCatalogue(WorkerClient, "worker");
        }
    }

    private static void AddRemoteCatalogue(this IServiceCollection services, string client, string module) =>
        services.AddScoped<IAdminCatalogue>(provider => new AdminCatalogueClient(
            new ModuleHttp(provider.GetRequiredService<IHttpClientFactory>().CreateClient(client), module), module, provider.GetRequiredService<SiteTokens>()));
}
