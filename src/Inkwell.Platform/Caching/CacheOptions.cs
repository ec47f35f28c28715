namespace Inkwell.Platform.Caching;

/// <summary>The <c>Cache</c> configuration section.</summary>
public sealed class CacheOptions
{
    public const string Section = "Cache";

    /// <summary>Off, every read goes to the database and no response is cached: for measuring the database path.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a cached read may live; a write makes it unreachable at once whatever this says.</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The most this process keeps of cached reads in memory, in megabytes of their serialized size (the objects take
    /// somewhat more). Each key holds one read, so this bounds how many different pages stay cached; past the limit
    /// the least recently used go first.
    /// </summary>
    public int MemoryLimitMegabytes { get; set; } = 64;

    /// <summary>
    /// A StackExchange.Redis configuration string (<c>127.0.0.1:6379</c>). Set, Redis is the caches' second level
    /// and holds the write generations every process shares; empty, everything stays in this process.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of every key Inkwell writes to Redis, so several installations can share one server.</summary>
    public string Namespace { get; set; } = "inkwell";

    public OutputCacheSettings Output { get; set; } = new();

    public bool UsesRedis => !string.IsNullOrWhiteSpace(Redis);
}

/// <summary>The <c>Cache:Output</c> section: whole responses to anonymous GETs.</summary>
public sealed class OutputCacheSettings
{
    public bool Enabled { get; set; } = true;

    /// <summary>How long a cached response may live; any write makes it unreachable at once whatever this says.</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromMinutes(1);
}
