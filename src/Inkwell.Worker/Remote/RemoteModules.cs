using Inkwell.Content.Contracts;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Modules;
using Inkwell.Platform.Remote;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Worker.Remote;

/// <summary>
/// The worker's way to the modules it does not run in its process (<c>--target worker</c>): the contracts its jobs use,
/// over those modules' service endpoints, with a service token from Identity (docs/decisions/0018). With the modules in
/// the process it adds nothing, and the jobs call them in-process as before.
/// </summary>
internal static class RemoteModules
{
    // Identity's service endpoints and its token endpoint are one address: one client serves both.
    public const string IdentityClient = ServiceTokens.IdentityClientName;
    public const string ContentClient = "inkwell-worker-content";

    public static void AddRemoteModules(this IHostApplicationBuilder builder)
    {
        var running = RunningModules.Of(builder);
        var remoteIdentity = !running.Contains("identity");
        var remoteContent = !running.Contains("content");
        if (!remoteIdentity && !remoteContent)
        {
            return;
        }

        // The service token comes from Identity, wherever the worker's calls go.
        var options = RemoteModuleOptions.From(builder.Configuration, "worker", needsIdentity: true, remoteContent);
        var services = builder.Services;
        services.AddSingleton(ServiceClientOptions.From(builder.Configuration, "worker"));
        services.AddSingleton<ServiceTokens>();
        services.AddHttpClient(IdentityClient, http => (http.BaseAddress, http.Timeout) = (options.Identity, options.Timeout));
        services.AddHttpClient(ContentClient, http => (http.BaseAddress, http.Timeout) = (options.Content, options.Timeout));

        if (remoteIdentity)
        {
            services.AddScoped<IdentityServiceClient>();
            services.AddScoped<IMailPreferences>(provider => provider.GetRequiredService<IdentityServiceClient>());
            services.AddScoped<ISessionMaintenance>(provider => provider.GetRequiredService<IdentityServiceClient>());
        }

        if (remoteContent)
        {
            services.AddScoped<ContentServiceClient>();
            services.AddScoped<IFeeds>(provider => provider.GetRequiredService<ContentServiceClient>());
            services.AddScoped<ITrendingTagRanking>(provider => provider.GetRequiredService<ContentServiceClient>());
        }
    }
}
