using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace Inkwell.Platform.Caching;

/// <summary>
/// The Redis output-cache store, made harmless when Redis fails between the policy's check and the store's call: a
/// failed lookup is a miss, a failed store is skipped, and the outage is recorded (and logged once) instead of
/// failing the request.
/// </summary>
internal sealed class GuardedOutputCacheStore(IOutputCacheStore inner, RedisConnection redis) : IOutputCacheStore
{
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!redis.IsUp)
        {
            return null;
        }

        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            redis.MarkDown(error);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (!redis.IsUp)
        {
            return;
        }

        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            redis.MarkDown(error);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            redis.MarkDown(error);
        }
    }
}
