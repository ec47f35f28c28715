using Inkwell.Tests.Services.Infrastructure;
using Inkwell.Worker.Data;
using Inkwell.Worker.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Worker;

internal static class WorkerTestExtensions
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Queues a job the way an event handler does (a row committed with the caller's save) and returns its id.</summary>
    public static async Task<long> EnqueueAsync<TPayload>(this WorkerFactory factory, string name, TPayload payload)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<JobQueue>().Enqueue(name, payload);
        await scope.ServiceProvider.GetRequiredService<WorkerDbContext>().SaveChangesAsync();
        return job.Id;
    }

    public static async Task<BackgroundJob> JobAsync(this WorkerFactory factory, long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkerDbContext>().Jobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    public static async Task<BackgroundJob> WaitForJobAsync(this WorkerFactory factory, long id, string state)
    {
        await Eventually.HoldsAsync(async () => (await factory.JobAsync(id)).State == state, Timeout, $"job {id} to be {state}");
        return await factory.JobAsync(id);
    }

    /// <summary>Waits until every job of <paramref name="name"/> has run, succeeded or not.</summary>
    public static Task WaitForQueueAsync(this WorkerFactory factory, string name) => Eventually.HoldsAsync(async () =>
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<WorkerDbContext>().Jobs;
        return !await jobs.AnyAsync(j => j.Name == name && (j.State == "queued" || j.State == "running"));
    }, Timeout, $"the {name} jobs to finish");
}
