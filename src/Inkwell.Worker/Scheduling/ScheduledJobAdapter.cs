using Inkwell.Platform.Jobs;
using Inkwell.Worker.Data;
using Inkwell.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Inkwell.Worker.Scheduling;

/// <summary>
/// The one Quartz job type: it looks up the scheduled job its key names and runs it in a scope of its own,
/// recording the run in <c>worker_scheduled_runs</c> (what <c>inkwell jobs list</c> shows as the last run).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ScheduledJobAdapter(IServiceScopeFactory scopes, IEnumerable<ScheduledJobDefinition> definitions, ScheduledRunRecorder recorder) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var name = context.JobDetail.Key.Name;
        var definition = definitions.FirstOrDefault(d => d.Name == name)
            ?? throw new JobExecutionException($"No scheduled job '{name}' is registered in this process.");

        await recorder.RunAsync(definition, context.ScheduledFireTimeUtc?.UtcDateTime ?? context.FireTimeUtc.UtcDateTime, manual: false, async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var job = (IScheduledJob)scope.ServiceProvider.GetRequiredService(definition.JobType);
            await job.RunAsync(ct);
        }, cancellationToken);
    }
}
