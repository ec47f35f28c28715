using System.Diagnostics;
using Inkwell.Platform.Jobs;
using Inkwell.Worker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inkwell.Worker.Uptime;

/// <summary>
/// Every 15 seconds: probes each configured check whose last result is at least its interval old, all at once,
/// and records one row per probe. The last result per check is in the database, so the interval holds across
/// restarts and, on a clustered scheduler, across the processes that run the worker.
/// </summary>
internal sealed class ProbeUptimeChecks(WorkerDbContext db, IOptions<UptimeOptions> options, IHttpClientFactory clients, TimeProvider clock) : IScheduledJob
{
    public const string Name = "uptime-checks";

    /// <summary>Every 15 seconds: the finest interval a check can have.</summary>
    public const string Cron = "0/15 * * * * ?";

    private const int MaxErrorLength = 500;

    /// <summary>Firings are exact to the second; this keeps a check probed at 12:00:00.020 due again at 12:01:00.010.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        if (settings.Checks.Count > 0)
        {
            var lastProbed = await db.UptimeResults
                .GroupBy(r => r.Check)
                .Select(g => new { Check = g.Key, At = g.Max(r => r.CheckedAt) })
                .ToDictionaryAsync(x => x.Check, x => x.At, cancellationToken);
            var due = settings.Checks.Where(c => !lastProbed.TryGetValue(c.Name, out var at) || now - at >= c.Interval - Slack);

            var results = await Task.WhenAll(due.Select(check => ProbeAsync(check, cancellationToken)));
            db.UptimeResults.AddRange(results);
            await db.SaveChangesAsync(cancellationToken);
        }

        var expired = now - settings.KeepFor;
        await db.UptimeResults.Where(r => r.CheckedAt < expired).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<UptimeResult> ProbeAsync(UptimeCheck check, CancellationToken cancellationToken)
    {
        var result = new UptimeResult { Check = check.Name, Url = check.Url, CheckedAt = clock.GetUtcNow().UtcDateTime };
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(UptimeSetup.HttpClientName)
                .GetAsync(check.Url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            result.StatusCode = (int)response.StatusCode;
            result.Up = result.StatusCode == check.ExpectedStatus;
            result.Error = result.Up ? null : $"answered {result.StatusCode}, expected {check.ExpectedStatus}";
        }
        catch (Exception error) when (error is HttpRequestException || (error is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            result.Up = false;
            result.Error = error is TaskCanceledException ? "no answer within the timeout" : error.Message[..Math.Min(error.Message.Length, MaxErrorLength)];
        }

        result.DurationMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);
        UptimeMetrics.Record(result);
        return result;
    }
}
