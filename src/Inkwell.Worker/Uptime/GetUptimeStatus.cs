using Inkwell.Worker.Contracts;
using Inkwell.Worker.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Worker.Uptime;

/// <summary>Each configured check with its latest probes, newest first (results of checks no longer configured are left out).</summary>
internal static class GetUptimeStatus
{
    public const int MaxRecent = 100;

    public static async Task<IReadOnlyList<UptimeCheckStatus>> ExecuteAsync(
        int recent, UptimeOptions options, WorkerDbContext db, CancellationToken cancellationToken)
    {
        var take = Math.Clamp(recent, 1, MaxRecent);
        var statuses = new List<UptimeCheckStatus>(options.Checks.Count);
        foreach (var check in options.Checks)
        {
            var probes = await db.UptimeResults.AsNoTracking()
                .Where(r => r.Check == check.Name)
                .OrderByDescending(r => r.CheckedAt).ThenByDescending(r => r.Id)
                .Take(take)
                .Select(r => new UptimeProbe(r.CheckedAt, r.Up, r.StatusCode, r.DurationMs, r.Error))
                .ToListAsync(cancellationToken);
            statuses.Add(new UptimeCheckStatus(check.Name, check.Url, check.ExpectedStatus, check.Interval, probes));
        }

        return statuses;
    }
}
