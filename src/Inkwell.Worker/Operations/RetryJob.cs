using Inkwell.Platform.Api;
using Inkwell.Worker.Contracts;
using Inkwell.Worker.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Worker.Operations;

/// <summary>An operator's second chance for a job: dead-lettered, or waiting out a backoff, it runs again now with a fresh count of attempts.</summary>
internal static class RetryJob
{
    public static async Task<Result<BackgroundJobView>> ExecuteAsync(long jobId, WorkerDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var job = await db.Jobs.FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null)
        {
            return Result<BackgroundJobView>.NotFound("job");
        }

        var failed = job.State == JobStates.DeadLettered || (job.State == JobStates.Queued && job.Attempts > 0);
        if (!failed)
        {
            return Result<BackgroundJobView>.Invalid("job", $"is {job.State}; only failed jobs can be retried");
        }

        job.State = JobStates.Queued;
        job.Attempts = 0;
        job.RunAt = clock.GetUtcNow().UtcDateTime;
        job.FinishedAt = null;
        await db.SaveChangesAsync(cancellationToken);
        return Result<BackgroundJobView>.Ok(job.ToView());
    }
}
