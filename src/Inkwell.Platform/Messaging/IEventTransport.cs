namespace Inkwell.Platform.Messaging;

/// <summary>Carries committed events from a module's outbox to the modules that handle them.</summary>
public interface IEventTransport
{
    /// <summary>
    /// Returns once the event is safely handed over. Throws <see cref="TransportUnavailableException"/> when the
    /// carrier itself is down (the relay then waits without counting an attempt), anything else when delivery failed.
    /// </summary>
    Task SendAsync(EventEnvelope envelope, CancellationToken cancellationToken);
}

/// <summary>The transport cannot take events right now; nothing is wrong with the event itself.</summary>
public sealed class TransportUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
