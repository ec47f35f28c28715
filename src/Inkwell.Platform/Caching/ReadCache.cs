using System.ComponentModel;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace Inkwell.Platform.Caching;

/// <summary>
/// Caches a module's reads under keys that carry the module's write generation. Every commit to the module's
/// database starts a new generation (<see cref="CommitGenerationInterceptor{TContext}"/>), so a read cached before a
/// write is never served after it, and a read that started before the write and finished after it is stored under
/// the old generation, where no later reader looks. Concurrent misses of one key share one database read.
/// </summary>
public sealed class ReadCache<TContext>(HybridCache cache, IOptions<CacheOptions> options)
{
    private readonly string prefix = typeof(TContext).Name;
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    public async ValueTask<T> GetOrReadAsync<T>(string key, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return await read(cancellationToken);
        }

        var entry = new HybridCacheEntryOptions { Expiration = settings.Expiration, LocalCacheExpiration = settings.Expiration };
        // HybridCache calls the factory only on a miss; a caller that waited on another's read counts as a hit.
        var missed = false;
        var cached = await cache.GetOrCreateAsync(
            $"{prefix}:{Generation}:{key}",
            async ct =>
            {
                missed = true;
                return new Cached<T>(await read(ct));
            },
            entry,
            cancellationToken: cancellationToken);
        CacheMetrics.RecordLookup(prefix, hit: !missed);
        return cached.Value;
    }

    /// <summary>Makes everything cached so far unreachable; called after each commit.</summary>
    public void Invalidate() => Interlocked.Increment(ref generation);

    // Marked immutable so the in-memory level hands out the same instance instead of a deserialized copy per hit:
    // cached reads are never modified (the views are records of read-only lists).
    [ImmutableObject(true)]
    private sealed record Cached<T>(T Value);
}
