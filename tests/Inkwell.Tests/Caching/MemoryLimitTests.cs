using Inkwell.Platform.Caching;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Tests.Caching;

/// <summary>Cached reads left behind by writes cannot hold more memory than <c>Cache:MemoryLimitMegabytes</c>.</summary>
public sealed class MemoryLimitTests
{
    [Fact]
    public async Task Cached_reads_stop_growing_at_the_memory_limit()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Cache:MemoryLimitMegabytes"] = "1";
        builder.AddInkwellCaching();
        await using var services = builder.Services.BuildServiceProvider();
        var cache = services.GetRequiredService<HybridCache>();
        var entry = new string('x', 32 * 1024);

        // 4 MB of entries, as if every write had left the previous generation's reads behind.
        for (var generation = 0; generation < 128; generation++)
        {
            await cache.SetAsync($"articles:g{generation}", entry);
        }

        var memory = (MemoryCache)services.GetRequiredService<IMemoryCache>();
        Assert.InRange(memory.Count, 1, 1024 * 1024 / (32 * 1024));
    }
}
