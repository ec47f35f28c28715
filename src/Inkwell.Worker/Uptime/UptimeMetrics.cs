using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Inkwell.Worker.Data;
using Inkwell.Worker.Jobs;

namespace Inkwell.Worker.Uptime;

/// <summary>Each probe counted by outcome, and each check's latest state as a 0/1 gauge that alerts can watch.</summary>
internal static class UptimeMetrics
{
    private static readonly Meter Meter = new(JobTelemetry.Name);
    private static readonly ConcurrentDictionary<string, int> LatestUp = new(StringComparer.Ordinal);

    private static readonly Counter<long> Probes = Meter.CreateCounter<long>("inkwell.uptime.probes", "{probe}", "Uptime probes, by check and result (up or down).");

    private static readonly ObservableGauge<int> Up = Meter.CreateObservableGauge(
        "inkwell.uptime.up",
        () => LatestUp.Select(check => new Measurement<int>(check.Value, new KeyValuePair<string, object?>("check", check.Key))),
        description: "1 when the check's latest probe got the expected answer, 0 when not.");

    public static void Record(UptimeResult result)
    {
        Probes.Add(1, new KeyValuePair<string, object?>("check", result.Check), new KeyValuePair<string, object?>("result", result.Up ? "up" : "down"));
        LatestUp[result.Check] = result.Up ? 1 : 0;
    }
}
