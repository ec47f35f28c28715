using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Inkwell.Platform.Caching;

/// <summary>
/// The one Redis connection of a process, shared by the read cache's second level, the output cache's store and
/// the generations. It never fails a request: while Redis is unreachable it says so (<see cref="IsUp"/> false),
/// logs it once, and keeps reconnecting in the background.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    private readonly ILogger<RedisConnection> _logger;
    private readonly Lazy<ConnectionMultiplexer> _multiplexer;
    private readonly Lock _transition = new();
    private int _down;

    public RedisConnection(IOptions<CacheOptions> options, ILogger<RedisConnection> logger)
    {
        _logger = logger;
        Namespace = options.Value.Namespace;
        var configuration = ConfigurationOptions.Parse(options.Value.Redis!);
        // Start and serve without Redis, find out quickly that it went away, and be back soon after it returns.
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = 2000;
        configuration.SyncTimeout = 1000;
        configuration.AsyncTimeout = 1000;
        configuration.ReconnectRetryPolicy = new LinearRetry(500);
        Endpoint = string.Join(", ", configuration.EndPoints.Select(endpoint => endpoint.ToString()));
        _multiplexer = new Lazy<ConnectionMultiplexer>(() => Connect(configuration));
    }

    public string Namespace { get; }

    public string Endpoint { get; }

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public IDatabase Database => Multiplexer.GetDatabase();

    public bool IsConnected => Multiplexer.IsConnected;

    /// <summary>False from a failure until <see cref="MarkUp"/>: what the caches and the health check go by.</summary>
    public bool IsUp => Volatile.Read(ref _down) == 0 && IsConnected;

    /// <summary>Records that Redis failed; only the first failure of an outage is logged.</summary>
    public void MarkDown(Exception? error)
    {
        // Logged before the state changes, so whoever sees the new state finds it logged.
        lock (_transition)
        {
            if (Volatile.Read(ref _down) == 0)
            {
                _logger.LogWarning(error, "Redis at {Endpoint} is unreachable: reads go to the database and nothing is cached until it answers again", Endpoint);
                Volatile.Write(ref _down, 1);
            }
        }
    }

    public void MarkUp()
    {
        lock (_transition)
        {
            if (Volatile.Read(ref _down) == 1)
            {
                _logger.LogInformation("Redis at {Endpoint} answers again: caching resumes", Endpoint);
                Volatile.Write(ref _down, 0);
            }
        }
    }

    public bool WasDown => Volatile.Read(ref _down) == 1;

    // Connect returns before the connection is usable; waiting for it (within the connect timeout) keeps the first
    // requests from taking a Redis that is only still connecting for one that is down.
    private static ConnectionMultiplexer Connect(ConfigurationOptions configuration)
    {
        var multiplexer = ConnectionMultiplexer.Connect(configuration);
        var deadline = DateTime.UtcNow.AddMilliseconds(configuration.ConnectTimeout);
        while (!multiplexer.IsConnected && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        return multiplexer;
    }

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
