namespace Inkwell.Worker.Data;

/// <summary>One probe of a configured URL: when, what it answered and whether that was what the check expects.</summary>
internal sealed class UptimeResult
{
    public long Id { get; set; }

    /// <summary>The check's name from <c>Uptime:Checks</c>.</summary>
    public required string Check { get; set; }

    public required string Url { get; set; }

    public DateTime CheckedAt { get; set; }

    public bool Up { get; set; }

    /// <summary>The HTTP status it answered, or null when it did not answer (refused, timed out).</summary>
    public int? StatusCode { get; set; }

    public double DurationMs { get; set; }

    public string? Error { get; set; }
}
