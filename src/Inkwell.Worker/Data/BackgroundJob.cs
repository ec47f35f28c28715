using Inkwell.Worker.Contracts;

namespace Inkwell.Worker.Data;

/// <summary>
/// One unit of background work, persisted so it survives a restart: queued by an event handler or a scheduled
/// job, claimed by one runner at a time, retried with backoff, and dead-lettered after too many failures.
/// </summary>
internal sealed class BackgroundJob
{
    public long Id { get; set; }

    /// <summary>The job's kind, which names its handler (<see cref="Jobs.IBackgroundJob.Name"/>).</summary>
    public required string Name { get; set; }

    /// <summary>The handler's input as JSON.</summary>
    public required string Payload { get; set; }

    /// <summary>
    /// Set when the same job must never be queued twice (one digest per user per week); a unique index makes a
    /// second enqueue, say by a repeated scheduled run, fail instead of mailing twice.
    /// </summary>
    public string? DeduplicationKey { get; set; }

    /// <summary>One of <see cref="JobStates"/>.</summary>
    public string State { get; set; } = JobStates.Queued;

    public int Attempts { get; set; }

    public int MaxAttempts { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When it may run next: now for a new job, later while a failed one waits out its backoff.</summary>
    public DateTime RunAt { get; set; }

    /// <summary>The runner that holds it and until when; a runner that died leaves a lease that runs out, and the job is taken again.</summary>
    public string? LockedBy { get; set; }

    public DateTime? LockedUntil { get; set; }

    public DateTime? FinishedAt { get; set; }

    public string? LastError { get; set; }

    public BackgroundJobView ToView() => new(Id, Name, State, Attempts, MaxAttempts, CreatedAt, RunAt, FinishedAt, LastError);
}
