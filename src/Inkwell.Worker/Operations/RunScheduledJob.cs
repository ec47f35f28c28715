using Inkwell.Platform.Api;
using Inkwell.Platform.Jobs;
using Inkwell.Worker.Contracts;
using Inkwell.Worker.Scheduling;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Worker.Operations;

/// <summary>
/// Runs a scheduled job at once, in the calling process, outside its schedule: what an operator does after fixing
/// whatever made the last run fail, or to see a job's effect without waiting. A failure is thrown to the caller.
/// </summary>
internal static class RunScheduledJob
{
    public sealed record RunResponse(ScheduledRunView Run);

    /// <summary>
    /// <c>POST /api/admin/worker/schedules/{name}/run</c>, for admins: runs the job in the worker's process. A run that fails
    /// is answered 422 with its error, so the caller sees why rather than a server error.
    /// </summary>
    public static async Task<Results<Ok<RunResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string name, IJobs jobs, CancellationToken cancellationToken)
    {
        Result<ScheduledRunView> result;
        try
        {
            result = await jobs.RunNowAsync(name, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return ApiErrors.Invalid(new ValidationErrors().Add("run", $"failed: {failure.Message}"));
        }

        return result.Value is { } run ? TypedResults.Ok(new RunResponse(run)) : ApiErrors.From(result);
    }

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
