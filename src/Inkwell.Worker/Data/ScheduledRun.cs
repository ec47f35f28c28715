namespace Inkwell.Worker.Data;

/// <summary>One run of a scheduled job: which firing it served, where it ran and how it ended.</summary>
internal sealed class ScheduledRun
{
    public long Id { get; set; }

    public required string Job { get; set; }

    /// <summary>The time the schedule fired for (the same for every process that might have taken it), or when an operator ran it.</summary>
    public DateTime ScheduledFor { get; set; }

    public required string Instance { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary><c>succeeded</c>, <c>failed</c>, or null while it runs.</summary>
    public string? Outcome { get; set; }

    public string? Error { get; set; }

    /// <summary>True when an operator ran it with <c>inkwell jobs run</c> rather than the schedule.</summary>
    public bool Manual { get; set; }
}
