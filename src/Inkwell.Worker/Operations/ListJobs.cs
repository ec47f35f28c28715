using Inkwell.Platform.Api;
using Inkwell.Platform.Jobs;
using Inkwell.Worker.Contracts;
using Inkwell.Worker.Data;
using Inkwell.Worker.Jobs;
using Inkwell.Worker.Scheduling;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Inkwell.Worker.Operations;

/// <summary>What <c>inkwell jobs list</c> shows: each scheduled job's cron, next and last run, and the background jobs not yet done.</summary>
internal static class ListJobs
{
    /// <summary><c>GET /api/admin/worker/jobs[?all=true]</c>, for admins: the overview as <c>inkwell jobs list</c> shows it.</summary>
    public static async Task<Results<Ok<JobsOverview>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string? all, IJobs jobs, CancellationToken cancellationToken)
    {
        if (all is not (null or "true" or "false"))
        {
            return ApiErrors.Invalid(new ValidationErrors().Add("all", "must be true or false"));
        }

        return TypedResults.Ok(await jobs.ListAsync(all == "true", cancellationToken));
    }

    private const int MaxBackgroundJobs = 200;

    public static async Task<JobsOverview> ExecuteAsync(
        bool includeSucceeded,
        WorkerDbContext db,
        ISchedulerFactory schedulers,
        IEnumerable<ScheduledJobDefinition> definitions,
        WorkerOptions options,
        CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var scheduled = new List<ScheduledJobView>();
        foreach (var definition in definitions.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var trigger = await scheduler.GetTrigger(new TriggerKey(definition.Name), cancellationToken);
            var last = await db.ScheduledRuns.AsNoTracking()
                .Where(r => r.Job == definition.Name)
                .OrderByDescending(r => r.StartedAt)
                .FirstOrDefaultAsync(cancellationToken);
            scheduled.Add(new ScheduledJobView(
                definition.Name,
                definition.Description,
                // What the store holds is what fires; configuration takes effect when a worker next starts.
                (trigger as ICronTrigger)?.CronExpressionString ?? ScheduleRegistrar.CronOf(definition, options),
                trigger?.NextFireTimeUtc?.UtcDateTime,
                last?.StartedAt,
                last is null ? null : last.Outcome ?? "running"));
        }

        var background = await db.Jobs.AsNoTracking()
            .Where(j => includeSucceeded || j.State != JobStates.Succeeded)
            .OrderByDescending(j => j.Id)
            .Take(MaxBackgroundJobs)
            .ToListAsync(cancellationToken);
        return new JobsOverview(scheduled, [.. background.Select(j => j.ToView())]);
    }
}
