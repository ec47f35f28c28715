using System.Text.Json;
using Inkwell.Worker.Data;
using Microsoft.Extensions.Options;

namespace Inkwell.Worker.Jobs;

/// <summary>
/// Puts background jobs in <c>worker_jobs</c>. It only adds the row to the context: the caller's save commits it,
/// so a job queued by an event handler commits together with the inbox row that marks the event handled.
/// </summary>
internal sealed class JobQueue(WorkerDbContext db, IOptions<WorkerOptions> options, TimeProvider clock)
{
    public BackgroundJob Enqueue<TPayload>(string name, TPayload payload, string? deduplicationKey = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var job = new BackgroundJob
        {
            Name = name,
            Payload = JsonSerializer.Serialize(payload, BackgroundJob<TPayload>.Json),
            DeduplicationKey = deduplicationKey,
            MaxAttempts = options.Value.MaxAttempts,
            CreatedAt = now,
            RunAt = now,
        };
        db.Jobs.Add(job);
        return job;
    }
}
