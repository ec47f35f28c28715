using Inkwell.Worker.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Worker;

/// <summary>Background jobs survive failures: retried with backoff, dead-lettered after the last attempt, retried by an operator.</summary>
[Collection(WorkerCollection.Name)]
public sealed class RetryTests(WorkerFactory factory)
{
    [Fact]
    public async Task A_job_that_fails_twice_then_succeeds_is_retried_and_completes()
    {
        var key = Guid.NewGuid().ToString("N");

        var id = await factory.EnqueueAsync("test-fails-twice", new FailsTwiceJob.Payload(key));
        var job = await factory.WaitForJobAsync(id, JobStates.Succeeded);

        Assert.Equal(3, job.Attempts);
        Assert.Equal(3, FailsTwiceJob.Attempts[key]);
        Assert.NotNull(job.FinishedAt);
        Assert.Contains("attempt 2 fails on purpose", job.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_that_always_fails_is_dead_lettered_after_the_last_attempt_and_stays_there()
    {
        var id = await factory.EnqueueAsync("test-always-fails", new AlwaysFailsJob.Payload("hopeless"));

        var job = await factory.WaitForJobAsync(id, JobStates.DeadLettered);
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var later = await factory.JobAsync(id);
        Assert.Equal(WorkerFactory.MaxAttempts, later.Attempts);
        Assert.Equal(JobStates.DeadLettered, later.State);
        Assert.Contains("hopeless cannot succeed", job.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_retry_runs_a_dead_lettered_job_again_with_a_fresh_count_of_attempts()
    {
        var id = await factory.EnqueueAsync("test-always-fails", new AlwaysFailsJob.Payload("again"));
        await factory.WaitForJobAsync(id, JobStates.DeadLettered);
        var before = (await factory.JobAsync(id)).FinishedAt;

        await using var scope = factory.Services.CreateAsyncScope();
        var retried = await scope.ServiceProvider.GetRequiredService<IJobs>().RetryAsync(id, CancellationToken.None);

        Assert.True(retried.Succeeded);
        Assert.Equal(0, retried.Value!.Attempts);
        var job = await factory.WaitForJobAsync(id, JobStates.DeadLettered);
        Assert.Equal(WorkerFactory.MaxAttempts, job.Attempts);
        Assert.True(job.FinishedAt > before);
    }

    [Fact]
    public async Task Retrying_a_job_that_did_not_fail_is_refused()
    {
        var key = Guid.NewGuid().ToString("N");
        FailsTwiceJob.Attempts[key] = 2;
        var id = await factory.EnqueueAsync("test-fails-twice", new FailsTwiceJob.Payload(key));
        await factory.WaitForJobAsync(id, JobStates.Succeeded);

        await using var scope = factory.Services.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<IJobs>();

        Assert.Equal(Inkwell.Platform.Api.FailureKind.Invalid, (await jobs.RetryAsync(id, CancellationToken.None)).Failure);
        Assert.Equal(Inkwell.Platform.Api.FailureKind.NotFound, (await jobs.RetryAsync(long.MaxValue, CancellationToken.None)).Failure);
    }
}
