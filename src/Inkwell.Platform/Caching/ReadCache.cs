using System.ComponentModel;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace Inkwell.Platform.Caching;

/// <summary>
/// Caches a module's reads under keys that carry the module's write generation (<see cref="ICacheGenerations"/>).
/// Every commit to the module's database advances it (<see cref="CommitGenerationInterceptor{TContext}"/>), so a read
/// cached before a write is never served after it, and a read that started before the write and finished after it is
/// stored under the old generation, where no later reader looks. Concurrent misses of one key share one database read.
/// When the generation cannot be known (Redis configured but unreachable) the read goes to the database uncached.
/// </summary>
public sealed class ReadCache<TContext>(HybridCache cache, ICacheGenerations generations, IOptions<CacheOptions> options)
{
    private static readonly string Scope = GenerationScopes.Of<TContext>();

    // The options are read once (IOptions), so every read shares one set of entry options.
    private readonly HybridCacheEntryOptions entry = new() { Expiration = options.Value.Expiration, LocalCacheExpiration = options.Value.Expiration };

    public async ValueTask<T> GetOrReadAsync<T>(string key, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || await generations.CurrentAsync(Scope, cancellationToken) is not { } generation)
        {
            return await read(cancellationToken);
        }

        // HybridCache calls the factory only on a miss; a caller that waited on another's read counts as a hit.
        // One small state object per read, and a static factory, keep this hot path to a single allocation besides the key.
        var lookup = new Lookup<T>(read);
        var cached = await cache.GetOrCreateAsync(
            $"{Scope}:{generation}:{key}",
            lookup,
            static async (state, ct) =>
            {
                state.Missed = true;
                return new Cached<T>(await state.Read(ct));
            },
            entry,
            cancellationToken: cancellationToken);
        CacheMetrics.RecordLookup(Scope, hit: !lookup.Missed);
        return cached.Value;
    }

    // Marked immutable so the in-memory level hands out the same instance instead of a deserialized copy per hit:
    // cached reads are never modified (the views are records of read-only lists).
    [ImmutableObject(true)]
    private sealed record Cached<T>(T Value);

    private sealed class Lookup<T>(Func<CancellationToken, Task<T>> read)
    {
        public Func<CancellationToken, Task<T>> Read { get; } = read;

        public bool Missed { get; set; }
    }
}
