namespace Inkwell.Platform.Messaging;

/// <summary>
/// An event a module has committed together with the change that caused it, waiting for the relay.
/// A row is never deleted when sent, only marked, so what left a module can be inspected afterwards.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    public required string Type { get; set; }

    public required string Payload { get; set; }

    public DateTime OccurredAt { get; set; }

    public DateTime? SentAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Set when delivery failed <see cref="BusOptions.MaxAttempts"/> times; the relay leaves the row until it is replayed.</summary>
    public DateTime? DeadLetteredAt { get; set; }

    public EventEnvelope ToEnvelope() => new(MessageId, Type, Payload, OccurredAt);
}
