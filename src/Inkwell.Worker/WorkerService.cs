using Inkwell.Platform.Api;
using Inkwell.Platform.Jobs;
using Inkwell.Worker.Contracts;
using Inkwell.Worker.Data;
using Inkwell.Worker.Jobs;
using Inkwell.Worker.Operations;
using Inkwell.Worker.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Inkwell.Worker;

/// <summary>The worker's contract for operators; each call is one use case.</summary>
internal sealed class WorkerService(
    WorkerDbContext db,
    ISchedulerFactory schedulers,
    IEnumerable<ScheduledJobDefinition> definitions,
    ScheduledRunRecorder recorder,
    IServiceScopeFactory scopes,
    IOptions<WorkerOptions> options,
    TimeProvider clock) : IJobs
{
    public Task<JobsOverview> ListAsync(bool includeSucceeded, CancellationToken cancellationToken) =>
        ListJobs.ExecuteAsync(includeSucceeded, db, schedulers, definitions, options.Value, cancellationToken);

    public Task<Result<BackgroundJobView>> RetryAsync(long jobId, CancellationToken cancellationToken) =>
        RetryJob.ExecuteAsync(jobId, db, clock, cancellationToken);

    public Task<Result<ScheduledRunView>> RunNowAsync(string name, CancellationToken cancellationToken) =>
        RunScheduledJob.ExecuteAsync(name, definitions, recorder, scopes, clock, cancellationToken);
}
