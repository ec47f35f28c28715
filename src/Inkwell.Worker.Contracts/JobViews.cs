namespace Inkwell.Worker.Contracts;

/// <summary>The states of a background job: waiting (first time or for a retry), running, done, or given up on.</summary>
public static class JobStates
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string DeadLettered = "dead";
}

/// <param name="RunAt">When it may next run: in the future while it waits out a retry's backoff.</param>
public sealed record BackgroundJobView(
    long Id, string Name, string State, int Attempts, int MaxAttempts, DateTime CreatedAt, DateTime RunAt, DateTime? FinishedAt, string? LastError);

/// <param name="Schedule">The cron expression in force, or <c>off</c>.</param>
public sealed record ScheduledJobView(
    string Name, string Description, string Schedule, DateTime? NextRunAt, DateTime? LastRunAt, string? LastOutcome);

public sealed record ScheduledRunView(string Name, DateTime StartedAt, DateTime FinishedAt);

public sealed record JobsOverview(IReadOnlyList<ScheduledJobView> Scheduled, IReadOnlyList<BackgroundJobView> Background);
