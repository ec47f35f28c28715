namespace Inkwell.Platform.Messaging;

/// <summary>A message that failed every attempt and waits for an operator.</summary>
public sealed record DeadLetter(
    string Queue, string MessageId, string Type, int Attempts, string? LastError, string Payload, DateTime? DeadLetteredAt);

/// <summary>
/// Where dead-lettered messages wait: a module's outbox (delivery failed in this process, or the broker would not take
/// them) or a module's dead-letter queue on the broker (its handlers failed). Operators list them and replay them.
/// </summary>
public interface IDeadLetterStore
{
    /// <summary>The queues this store holds; an outbox counts as one, named after its table.</summary>
    IReadOnlyList<string> Queues { get; }

    Task<IReadOnlyList<DeadLetter>> ListAsync(string queue, CancellationToken cancellationToken);

    /// <summary>Puts every dead letter of <paramref name="queue"/> back where it is delivered from, with fresh attempts; returns how many.</summary>
    Task<int> ReplayAsync(string queue, CancellationToken cancellationToken);
}
