using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inkwell.Platform.Caching;

/// <summary>
/// Redis, when configured: Degraded (never Unhealthy) while it is unreachable, because the process still serves
/// everything from its database; a gateway must not take an instance out of rotation for a cache.
/// </summary>
internal sealed class RedisHealthCheck(RedisConnection redis, RedisCacheGenerations generations) : IHealthCheck
{
    public const string Name = "cache-redis";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (await generations.IsUsableAsync())
        {
            return HealthCheckResult.Healthy($"Redis at {redis.Endpoint} answers");
        }

        return HealthCheckResult.Degraded($"Redis at {redis.Endpoint} unreachable: serving from the database without caching");
    }
}
