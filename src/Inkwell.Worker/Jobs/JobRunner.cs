using System.Diagnostics;
using Inkwell.Worker.Contracts;
using Inkwell.Worker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inkwell.Worker.Jobs;

/// <summary>
/// Takes due jobs one at a time and runs them. Claiming is one conditional update (still queued, or its lease ran
/// out), so two runners, in one process or in many, never run the same attempt; a failure is retried with
/// exponential backoff and dead-lettered after <see cref="WorkerOptions.MaxAttempts"/> attempts.
/// </summary>
internal sealed partial class JobRunner(
    IServiceScopeFactory scopes, IOptions<WorkerOptions> options, TimeProvider clock, WorkerInstance instance, ILogger<JobRunner> logger)
{
    private const int MaxErrorLength = 2000;

    /// <summary>Runs every job that is due now; returns how many ran (failed attempts included).</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var ran = 0;
        while (!cancellationToken.IsCancellationRequested && await RunNextAsync(cancellationToken))
        {
            ran++;
        }

        return ran;
    }

    private async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkerDbContext>();
        if (await ClaimAsync(db, cancellationToken) is not { } job)
        {
            return false;
        }

        var handler = scope.ServiceProvider.GetServices<IBackgroundJob>().FirstOrDefault(h => h.Name == job.Name);
        using var activity = JobTelemetry.StartRun(job.Name, JobTelemetry.Background);
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (handler is null)
            {
                throw new InvalidOperationException($"No handler for job '{job.Name}' in this process.");
            }

            await handler.RunAsync(job.Payload, cancellationToken);
            job.State = JobStates.Succeeded;
            job.FinishedAt = clock.GetUtcNow().UtcDateTime;
            job.LockedBy = null;
            job.LockedUntil = null;
            JobTelemetry.RecordRun(activity, job.Name, JobTelemetry.Background, Stopwatch.GetElapsedTime(started), failure: null);
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            JobTelemetry.RecordRun(activity, job.Name, JobTelemetry.Background, Stopwatch.GetElapsedTime(started), failure);
            RecordFailure(job, failure);
        }

        // The job's outcome is saved even when the host is stopping; a half-run job would otherwise wait out its lease.
        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }

    private async Task<BackgroundJob?> ClaimAsync(WorkerDbContext db, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var tries = 0; tries < 5; tries++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var candidate = await db.Jobs.AsNoTracking()
                .Where(j => (j.State == JobStates.Queued && j.RunAt <= now) || (j.State == JobStates.Running && j.LockedUntil < now))
                .OrderBy(j => j.RunAt).ThenBy(j => j.Id)
                .Select(j => new { j.Id, j.State, j.Attempts })
                .FirstOrDefaultAsync(cancellationToken);
            if (candidate is null)
            {
                return null;
            }

            // Conditional on the state and attempt count read above: if another runner took it in between, no row changes.
            var claimed = await db.Jobs
                .Where(j => j.Id == candidate.Id && j.State == candidate.State && j.Attempts == candidate.Attempts)
                .ExecuteUpdateAsync(j => j
                    .SetProperty(x => x.State, JobStates.Running)
                    .SetProperty(x => x.Attempts, x => x.Attempts + 1)
                    .SetProperty(x => x.LockedBy, instance.Id)
                    .SetProperty(x => x.LockedUntil, now + settings.Lease), cancellationToken);
            if (claimed == 1)
            {
                return await db.Jobs.FirstAsync(j => j.Id == candidate.Id, cancellationToken);
            }
        }

        return null;
    }

    private void RecordFailure(BackgroundJob job, Exception failure)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        job.LastError = failure.ToString() is { Length: > MaxErrorLength } text ? text[..MaxErrorLength] : failure.ToString();
        job.LockedBy = null;
        job.LockedUntil = null;
        if (job.Attempts >= job.MaxAttempts)
        {
            job.State = JobStates.DeadLettered;
            job.FinishedAt = now;
            LogDeadLettered(logger, job.Id, job.Name, job.Attempts, failure);
        }
        else
        {
            job.State = JobStates.Queued;
            job.RunAt = now + options.Value.BackoffAfter(job.Attempts);
            LogRetrying(logger, job.Id, job.Name, job.Attempts, job.RunAt, failure);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} ({Name}) failed on attempt {Attempts}; next attempt at {RunAt:o}")]
    private static partial void LogRetrying(ILogger logger, long jobId, string name, int attempts, DateTime runAt, Exception failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} ({Name}) failed {Attempts} times; dead-lettered")]
    private static partial void LogDeadLettered(ILogger logger, long jobId, string name, int attempts, Exception failure);
}
