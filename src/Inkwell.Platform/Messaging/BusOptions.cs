namespace Inkwell.Platform.Messaging;

/// <summary>The <c>Bus</c> configuration section.</summary>
public sealed class BusOptions
{
    public const string Section = "Bus";

    /// <summary><c>InProcess</c> (the default: modules in one process hand events to each other directly) or <c>RabbitMq</c>.</summary>
    public string Transport { get; set; } = "InProcess";

    /// <summary>How often the relay looks for events that were not sent right after their commit.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Deliveries that fail this many times are dead-lettered instead of retried.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry waits this long; each further one twice as long, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan BackoffAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, FirstBackoff.Ticks * (1L << Math.Min(attempts - 1, 30))));
}
