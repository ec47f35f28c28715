namespace Inkwell.Platform.Messaging;

/// <summary>One handler of one event type, as the transports see it: it takes an envelope and applies it exactly once.</summary>
public interface IEventConsumer
{
    /// <summary>The event type name it consumes (<see cref="EventTypes.NameOf{TEvent}"/>).</summary>
    string EventType { get; }

    /// <summary>The module whose tables it writes; on a broker, a module's handlers share one queue, so they see events in order.</summary>
    string Module { get; }

    /// <summary>A name unique across handlers, used as the inbox key.</summary>
    string Name { get; }

    Task ConsumeAsync(EventEnvelope envelope, CancellationToken cancellationToken);
}
