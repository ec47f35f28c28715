using Inkwell.Platform.Data;
using Inkwell.Platform.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Inkwell.Platform.Caching;

/// <summary>
/// The two caches: HybridCache for modules' reads (<see cref="ReadCache{TContext}"/>) and ASP.NET Core's output cache
/// for whole responses to anonymous GETs (<see cref="AnonymousReads"/>). Both are keyed by the write generations, in
/// memory, or in Redis when <c>Cache:Redis</c> is set (then also their second level and store).
/// </summary>
public static class CachingSetup
{
    /// <summary>The output-cache policy endpoints and pages opt into (<c>.CacheOutput(AnonymousReads)</c>).</summary>
    public const string AnonymousReads = "anonymous-reads";

    public static void AddInkwellCaching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.Section);
        ScopesOf(builder.Services);
        var settings = builder.Configuration.GetSection(CacheOptions.Section).Get<CacheOptions>() ?? new CacheOptions();
        // HybridCache sizes its in-memory entries by their serialized bytes, so this bounds what cached reads can hold.
        builder.Services.AddMemoryCache(memory => memory.SizeLimit = settings.MemoryLimitMegabytes * 1024L * 1024L);
        builder.Services.AddHybridCache();
        builder.Services.AddOutputCache(output => output.AddPolicy(AnonymousReads, new AnonymousReadsPolicy()));

        if (!settings.UsesRedis)
        {
            builder.Services.AddSingleton<ICacheGenerations, LocalCacheGenerations>();
            return;
        }

        builder.Services.AddSingleton<RedisConnection>();
        builder.Services.AddHostedService<RedisWarmUp>();
        builder.Services.AddSingleton<RedisCacheGenerations>();
        builder.Services.AddSingleton<ICacheGenerations>(services => services.GetRequiredService<RedisCacheGenerations>());
        builder.Services.AddStackExchangeRedisCache(_ => { });
        builder.Services.AddOptions<Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions>()
            .Configure<RedisConnection>((redis, connection) =>
            {
                redis.InstanceName = $"{connection.Namespace}:data:";
                redis.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer);
            });
        builder.Services.AddStackExchangeRedisOutputCache(_ => { });
        builder.Services.AddOptions<Microsoft.AspNetCore.OutputCaching.StackExchangeRedis.RedisOutputCacheOptions>()
            .Configure<RedisConnection>((redis, connection) =>
            {
                redis.InstanceName = $"{connection.Namespace}:output:";
                redis.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer);
            });
        GuardOutputCacheStore(builder.Services);
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>(RedisHealthCheck.Name, tags: [HealthEndpoints.ReadyTag]);
    }

    /// <summary>Counts <typeparamref name="TContext"/>'s commits as a generation that cached reads and responses are keyed by.</summary>
    public static void AddCommitGeneration<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        ScopesOf(builder.Services).Add(GenerationScopes.Of<TContext>());
        builder.Services.AddSingleton<IModuleInterceptor<TContext>, CommitGenerationInterceptor<TContext>>();
    }

    /// <summary>A read cache for <typeparamref name="TContext"/>'s module that every commit of the context invalidates.</summary>
    public static void AddReadCache<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        builder.AddCommitGeneration<TContext>();
        builder.Services.AddSingleton<ReadCache<TContext>>();
    }

    /// <summary>
    /// For a process whose responses show modules it reaches over HTTP (the website alone): their write generations are
    /// not counted here, so its responses are not output-cached; their APIs cache on their side, and ETags still hold.
    /// </summary>
    public static void AddResponsesOfRemoteModules(this IServiceCollection services) => services.TryAddSingleton<RemoteModuleResponses>();

    /// <summary>The output cache, then strong ETags inside it; after authentication, which decides who is anonymous.</summary>
    public static void UseInkwellResponseCaching(this IApplicationBuilder app)
    {
        app.UseOutputCache();
        app.UseMiddleware<StrongETags>();
    }

    /// <summary>Marks an endpoint's anonymous GETs as cacheable (and gives its GETs ETags).</summary>
    public static TBuilder CacheAnonymousReads<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder => endpoint.CacheOutput(AnonymousReads);

    private static GenerationScopes ScopesOf(IServiceCollection services)
    {
        if (services.FirstOrDefault(service => service.ServiceType == typeof(GenerationScopes))?.ImplementationInstance is GenerationScopes scopes)
        {
            return scopes;
        }

        scopes = new GenerationScopes();
        services.AddSingleton(scopes);
        return scopes;
    }

    private static void GuardOutputCacheStore(IServiceCollection services)
    {
        var registered = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton<IOutputCacheStore>(provider => new GuardedOutputCacheStore(Create(registered, provider), provider.GetRequiredService<RedisConnection>()));
    }

    private static IOutputCacheStore Create(ServiceDescriptor descriptor, IServiceProvider provider) => descriptor switch
    {
        { ImplementationInstance: IOutputCacheStore instance } => instance,
        { ImplementationFactory: { } factory } => (IOutputCacheStore)factory(provider),
        { ImplementationType: { } type } => (IOutputCacheStore)ActivatorUtilities.CreateInstance(provider, type),
        _ => throw new InvalidOperationException("The Redis output-cache store is registered in a way this setup does not know."),
    };
}
