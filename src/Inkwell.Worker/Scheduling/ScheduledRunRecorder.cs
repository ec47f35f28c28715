using System.Diagnostics;
using Inkwell.Platform.Jobs;
using Inkwell.Worker.Data;
using Inkwell.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Worker.Scheduling;

/// <summary>Runs a scheduled job and keeps a row of when, where and how it went, whether the schedule or an operator started it.</summary>
internal sealed class ScheduledRunRecorder(IServiceScopeFactory scopes, WorkerInstance instance, TimeProvider clock)
{
    private const int MaxErrorLength = 2000;

    public async Task<ScheduledRun> RunAsync(
        ScheduledJobDefinition definition, DateTime scheduledFor, bool manual, Func<CancellationToken, Task> run, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkerDbContext>();
        var record = new ScheduledRun
        {
            Job = definition.Name,
            ScheduledFor = scheduledFor,
            Instance = instance.Id,
            StartedAt = clock.GetUtcNow().UtcDateTime,
            Manual = manual,
        };
        db.ScheduledRuns.Add(record);
        await db.SaveChangesAsync(cancellationToken);

        using var activity = JobTelemetry.StartRun(definition.Name, JobTelemetry.Scheduled);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await run(cancellationToken);
            record.Outcome = "succeeded";
            JobTelemetry.RecordRun(activity, definition.Name, JobTelemetry.Scheduled, Stopwatch.GetElapsedTime(started), failure: null);
            return record;
        }
        catch (Exception failure)
        {
            JobTelemetry.RecordRun(activity, definition.Name, JobTelemetry.Scheduled, Stopwatch.GetElapsedTime(started), failure);
            record.Outcome = "failed";
            record.Error = failure.Message.Length > MaxErrorLength ? failure.Message[..MaxErrorLength] : failure.Message;
            throw;
        }
        finally
        {
            record.FinishedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }
}
