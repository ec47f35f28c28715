namespace Inkwell.Platform.Caching;

/// <summary>The <c>Cache</c> configuration section.</summary>
public sealed class CacheOptions
{
    public const string Section = "Cache";

    /// <summary>
    /// Off, every read goes to the database: for measuring the database path, and for a module run in several
    /// processes, whose in-memory caches cannot see each other's writes.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a cached read may live; a write makes it unreachable at once whatever this says.</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromMinutes(5);
}
