using System.Diagnostics.Metrics;

namespace Inkwell.Platform.Caching;

/// <summary>
/// Hits and misses of the modules' read caches (HybridCache publishes no metrics of its own). The hit ratio is
/// <c>hit / (hit + miss)</c> of <c>inkwell.cache.lookups</c>, per cache (the module's DbContext).
/// </summary>
internal static class CacheMetrics
{
    public const string MeterName = "Inkwell.Cache";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Lookups = Meter.CreateCounter<long>(
        "inkwell.cache.lookups", "{lookup}", "Read cache lookups, by cache and result (hit or miss).");

    public static void RecordLookup(string cache, bool hit) =>
        Lookups.Add(1, new KeyValuePair<string, object?>("cache", cache), new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));
}
