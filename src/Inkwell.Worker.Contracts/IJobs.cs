using Inkwell.Platform.Api;

namespace Inkwell.Worker.Contracts;

/// <summary>What an operator sees and does with jobs: the command line today, an admin page later.</summary>
public interface IJobs
{
    /// <summary>The scheduled jobs with their next and last runs, and the background jobs that are not done.</summary>
    Task<JobsOverview> ListAsync(bool includeSucceeded, CancellationToken cancellationToken);

    /// <summary>
    /// Queues a dead-lettered (or still retrying) background job to run again now, with its attempts counted afresh.
    /// An unknown id is <see cref="FailureKind.NotFound"/>; a job that is queued, running or done is <see cref="FailureKind.Invalid"/>.
    /// </summary>
    Task<Result<BackgroundJobView>> RetryAsync(long jobId, CancellationToken cancellationToken);

    /// <summary>Runs a scheduled job now, in this process, and waits for it. An unknown name is <see cref="FailureKind.NotFound"/>.</summary>
    Task<Result<ScheduledRunView>> RunNowAsync(string name, CancellationToken cancellationToken);
}
