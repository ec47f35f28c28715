namespace Inkwell.Worker.Contracts;

/// <summary>What the uptime monitor found: the status page reads it.</summary>
public interface IUptime
{
    /// <summary>Every configured check with its <paramref name="recent"/> latest probes (at most 100), newest first.</summary>
    Task<IReadOnlyList<UptimeCheckStatus>> GetStatusAsync(int recent, CancellationToken cancellationToken);
}

/// <param name="Probes">Newest first; empty until the check has been probed once.</param>
public sealed record UptimeCheckStatus(string Name, string Url, int ExpectedStatus, TimeSpan Interval, IReadOnlyList<UptimeProbe> Probes)
{
    public UptimeProbe? Latest => Probes.Count > 0 ? Probes[0] : null;

    /// <summary>The share of the listed probes that got the expected answer, or null before the first probe.</summary>
    public double? UpRatio => Probes.Count > 0 ? Probes.Count(p => p.Up) / (double)Probes.Count : null;
}

/// <param name="StatusCode">Null when nothing answered (refused, timed out).</param>
public sealed record UptimeProbe(DateTime CheckedAt, bool Up, int? StatusCode, double DurationMs, string? Error);
