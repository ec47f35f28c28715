using Inkwell.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Platform.Caching;

public static class CachingSetup
{
    public static void AddInkwellCaching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.Section);
        builder.Services.AddHybridCache();
    }

    /// <summary>A read cache for <typeparamref name="TContext"/>'s module that every commit of the context invalidates.</summary>
    public static void AddReadCache<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        builder.Services.AddSingleton<ReadCache<TContext>>();
        builder.Services.AddSingleton<IModuleInterceptor<TContext>, CommitGenerationInterceptor<TContext>>();
    }
}
