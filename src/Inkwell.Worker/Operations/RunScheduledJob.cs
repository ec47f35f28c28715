using Inkwell.Platform.Api;
using Inkwell.Platform.Jobs;
using Inkwell.Worker.Contracts;
using Inkwell.Worker.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Worker.Operations;

/// <summary>
/// Runs a scheduled job at once, in the calling process, outside its schedule: what an operator does after fixing
/// whatever made the last run fail, or to see a job's effect without waiting. A failure is thrown to the caller.
/// </summary>
internal static class RunScheduledJob
{
    public static async Task<Result<ScheduledRunView>> ExecuteAsync(
        string name,
        IEnumerable<ScheduledJobDefinition> definitions,
        ScheduledRunRecorder recorder,
        IServiceScopeFactory scopes,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var definition = definitions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
        if (definition is null)
        {
            return Result<ScheduledRunView>.NotFound("job");
        }

        var run = await recorder.RunAsync(definition, clock.GetUtcNow().UtcDateTime, manual: true, async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            await ((IScheduledJob)scope.ServiceProvider.GetRequiredService(definition.JobType)).RunAsync(ct);
        }, cancellationToken);
        return Result<ScheduledRunView>.Ok(new ScheduledRunView(definition.Name, run.StartedAt, run.FinishedAt ?? run.StartedAt));
    }
}
