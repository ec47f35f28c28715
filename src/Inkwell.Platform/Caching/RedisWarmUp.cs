using Microsoft.Extensions.Hosting;

namespace Inkwell.Platform.Caching;

/// <summary>Opens the Redis connection while the host starts, in the background, so no request waits for it.</summary>
internal sealed class RedisWarmUp(RedisConnection redis) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() => redis.Multiplexer, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
