using Inkwell.Platform.Api;
using Inkwell.Worker.Contracts;
using Inkwell.Worker.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Worker.Operations;

/// <summary>An operator's second chance for a job: dead-lettered, or waiting out a backoff, it runs again now with a fresh count of attempts.</summary>
internal static class RetryJob
{
    public sealed record JobResponse(BackgroundJobView Job);

    /// <summary><c>POST /api/admin/worker/jobs/{id}/retry</c>, for admins.</summary>
    public static async Task<Results<Ok<JobResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string id, IJobs jobs, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var jobId))
        {
            return ApiErrors.Invalid(new ValidationErrors().Add("id", "must be a job's id (a whole number)"));
        }

        var result = await jobs.RetryAsync(jobId, cancellationToken);
        return result.Value is { } job ? TypedResults.Ok(new JobResponse(job)) : ApiErrors.From(result);
    }

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
