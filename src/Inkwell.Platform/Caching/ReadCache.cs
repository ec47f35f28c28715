using System.ComponentModel;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace Inkwell.Platform.Caching;

/// <summary>
/// Caches a module's reads, each stamped with the module's write generation (<see cref="ICacheGenerations"/>) at the
/// moment the read began. Every commit to the module's database advances it (<see cref="CommitGenerationInterceptor{TContext}"/>),
/// so a read stamped before a write is never served after it, and a read that started before the write and finished
/// after it carries the old stamp. Each key holds one read: a newer one replaces it, so what a write leaves behind
/// is garbage at once instead of a copy per generation waiting for the memory limit. Concurrent misses of one key
/// share one database read. When the generation cannot be known (Redis configured but unreachable) the read goes to
/// the database uncached.
/// </summary>
public sealed class ReadCache<TContext>(HybridCache cache, ICacheGenerations generations, IOptions<CacheOptions> options)
{
    private static readonly string Scope = GenerationScopes.Of<TContext>();

    // The options are read once (IOptions), so every read shares one set of entry options.
    private readonly HybridCacheEntryOptions entry = EntryOptions(options.Value, HybridCacheEntryFlags.None);

    // Replacing a stale read: skip what is cached, store the new read; callers replacing the same key share one read.
    private readonly HybridCacheEntryOptions replace = EntryOptions(
        options.Value, HybridCacheEntryFlags.DisableLocalCacheRead | HybridCacheEntryFlags.DisableDistributedCacheRead);

    public async ValueTask<T> GetOrReadAsync<T>(string key, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || await generations.CurrentAsync(Scope, cancellationToken) is not { } generation)
        {
            return await read(cancellationToken);
        }

        // HybridCache calls the factory only on a miss; a caller that waited on another's read counts as a hit.
        // One small state object per read, and a static factory, keep this hot path to a single allocation besides the key.
        var slot = $"{Scope}:{key}";
        var lookup = new Lookup<T>(read, generation);
        var cached = await cache.GetOrCreateAsync(slot, lookup, ReadStamped, entry, cancellationToken: cancellationToken);
        if (cached.Generation < generation)
        {
            cached = await cache.GetOrCreateAsync(slot, lookup, ReadStamped, replace, cancellationToken: cancellationToken);
        }

        // Generations only grow, so a stamp at or past ours saw every commit made before this read began (our own
        // included). Below it, we joined a replacement that began before a later commit: read for ourselves.
        if (cached.Generation >= generation)
        {
            CacheMetrics.RecordLookup(Scope, hit: !lookup.Missed);
            return cached.Value;
        }

        CacheMetrics.RecordLookup(Scope, hit: false);
        return await read(cancellationToken);
    }

    private static HybridCacheEntryOptions EntryOptions(CacheOptions settings, HybridCacheEntryFlags flags) =>
        new() { Expiration = settings.Expiration, LocalCacheExpiration = settings.Expiration, Flags = flags };

    private static async ValueTask<Stamped<T>> ReadStamped<T>(Lookup<T> lookup, CancellationToken cancellationToken)
    {
        lookup.Missed = true;
        return new Stamped<T>(lookup.Generation, await lookup.Read(cancellationToken));
    }

    // Marked immutable so the in-memory level hands out the same instance instead of a deserialized copy per hit:
    // cached reads are never modified (the views are records of read-only lists).
    [ImmutableObject(true)]
    private sealed record Stamped<T>(long Generation, T Value);

    private sealed class Lookup<T>(Func<CancellationToken, Task<T>> read, long generation)
    {
        public Func<CancellationToken, Task<T>> Read { get; } = read;

        public long Generation { get; } = generation;

        public bool Missed { get; set; }
    }
}
