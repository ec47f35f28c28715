using System.Globalization;
using StackExchange.Redis;

namespace Inkwell.Platform.Caching;

/// <summary>
/// Generations kept in Redis, one key per scope, so every process sharing the database reads the same numbers: a
/// commit in one process (an INCR, awaited before its request answers) changes the keys the very next read in any
/// other process uses. Each read asks Redis for the current number (one round trip), which is what makes that
/// "very next" true; a notification pushed to the others would arrive a moment later.
/// A key that does not exist (a new or restarted Redis) starts at the current time in microseconds, never at 1, so
/// a restarted Redis cannot hand out a number that entries of its previous life are cached under. A process that
/// saw Redis fail advances every generation once it answers again, so writes Redis missed cannot leave entries
/// cached before them reachable.
/// </summary>
internal sealed class RedisCacheGenerations(RedisConnection redis, GenerationScopes scopes) : ICacheGenerations
{
    // INCR of a missing key would start at 1; start it at the caller's time instead.
    private const string AdvanceScript = "if redis.call('EXISTS', KEYS[1]) == 0 then redis.call('SET', KEYS[1], ARGV[1]) end return redis.call('INCR', KEYS[1])";

    public async ValueTask<long?> CurrentAsync(string scope, CancellationToken cancellationToken)
    {
        if (!await IsUsableAsync())
        {
            return null;
        }

        try
        {
            var value = await redis.Database.StringGetAsync(Key(scope));
            return value.HasValue ? (long)value : await StartAsync(scope);
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            redis.MarkDown(error);
            return null;
        }
    }

    public async ValueTask<string?> SnapshotAsync(CancellationToken cancellationToken)
    {
        if (!await IsUsableAsync())
        {
            return null;
        }

        try
        {
            var names = scopes.Names;
            var values = await redis.Database.StringGetAsync([.. names.Select(Key)]);
            var generations = new long[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                generations[i] = values[i].HasValue ? (long)values[i] : await StartAsync(names[i]);
            }

            return string.Join('.', generations.Select(generation => generation.ToString(CultureInfo.InvariantCulture)));
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            redis.MarkDown(error);
            return null;
        }
    }

    public async ValueTask AdvanceAsync(string scope, CancellationToken cancellationToken)
    {
        if (!redis.IsConnected)
        {
            redis.MarkDown(null);
            return;
        }

        try
        {
            await redis.Database.ScriptEvaluateAsync(AdvanceScript, [Key(scope)], [Now()]);
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            redis.MarkDown(error);
        }
    }

    public void Advance(string scope)
    {
        if (!redis.IsConnected)
        {
            redis.MarkDown(null);
            return;
        }

        try
        {
            redis.Database.ScriptEvaluate(AdvanceScript, [Key(scope)], [Now()]);
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            redis.MarkDown(error);
        }
    }

    /// <summary>Whether Redis can be used now; after an outage, first advances every generation (see the class notes).</summary>
    public async ValueTask<bool> IsUsableAsync()
    {
        if (!redis.IsConnected)
        {
            redis.MarkDown(null);
            return false;
        }

        if (!redis.WasDown)
        {
            return true;
        }

        try
        {
            foreach (var scope in scopes.Names)
            {
                await redis.Database.ScriptEvaluateAsync(AdvanceScript, [Key(scope)], [Now()]);
            }

            redis.MarkUp();
            return true;
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            return false;
        }
    }

    private async Task<long> StartAsync(string scope)
    {
        await redis.Database.StringSetAsync(Key(scope), Now(), when: When.NotExists);
        return (long)await redis.Database.StringGetAsync(Key(scope));
    }

    private RedisKey Key(string scope) => $"{redis.Namespace}:generation:{scope}";

    // The machine's clock, never a test's: the start value must be later than any number handed out before.
    private static long Now() => (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;
}
