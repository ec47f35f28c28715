using Inkwell.Platform.Jobs;
using Inkwell.Worker.Contracts;
using Inkwell.Worker.Data;
using Inkwell.Worker.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inkwell.Worker.Maintenance;

/// <summary>
/// Nightly: the worker's own housekeeping. Succeeded jobs and run records older than <see cref="WorkerOptions.KeepFinishedFor"/>
/// go; dead-lettered jobs stay until an operator retries them, since nobody would otherwise notice they failed.
/// </summary>
internal sealed class PurgeFinishedJobs(WorkerDbContext db, IOptions<WorkerOptions> options, TimeProvider clock) : IScheduledJob
{
    public const string Name = "purge-finished-jobs";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - options.Value.KeepFinishedFor;
        await db.Jobs.Where(j => j.State == JobStates.Succeeded && j.FinishedAt < before).ExecuteDeleteAsync(cancellationToken);
        await db.ScheduledRuns.Where(r => r.StartedAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}
