namespace Inkwell.Platform.Messaging;

/// <summary>The <c>Bus</c> configuration section.</summary>
public sealed class BusOptions
{
    public const string Section = "Bus";

    /// <summary><c>InProcess</c> (the default: modules in one process hand events to each other directly) or <c>RabbitMq</c>.</summary>
    public string Transport { get; set; } = "InProcess";

    /// <summary>The broker's AMQP URI when <see cref="Transport"/> is <c>RabbitMq</c>, e.g. <c>amqp://guest:guest@127.0.0.1:5672/</c>.</summary>
    public string RabbitMq { get; set; } = "";

    /// <summary>Prefix of the broker's exchange and queue names, so several installations can share one broker.</summary>
    public string Namespace { get; set; } = "inkwell";

    /// <summary>Messages the broker hands a consumer before it has acknowledged earlier ones.</summary>
    public ushort Prefetch { get; set; } = 32;

    /// <summary>How long a publish may wait for the broker's confirm before the broker counts as unavailable.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Over a broker, how long a request that committed events waits for this process's own handlers to apply them,
    /// so its next read sees them; past it the request answers anyway and the copy catches up.
    /// </summary>
    public TimeSpan ReadYourWritesTimeout { get; set; } = TimeSpan.FromSeconds(5);

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
