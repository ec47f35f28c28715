namespace Inkwell.Platform.Messaging.RabbitMq;

/// <summary>
/// Sends committed events to the broker's exchange, routed by event type, persistent, and confirmed before the relay
/// marks them sent. The handlers run later, in whichever process consumes the module's queue.
/// </summary>
internal sealed class RabbitMqTransport(
    RabbitMqPublisher publisher, RabbitMqTopology topology, RabbitMqConsumers consumers, RabbitMqNames names, LocalDeliveries deliveries)
    : IEventTransport
{
    private volatile bool declared;

    public async Task SendAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        if (!declared)
        {
            // This process's own queues exist, and are consumed, before its first event leaves.
            try
            {
                await topology.DeclareAsync(cancellationToken);
                await consumers.EnsureStartedAsync(cancellationToken);
            }
            catch (Exception error) when (RabbitMqConnection.IsBrokerFailure(error))
            {
                throw new TransportUnavailableException($"The message broker is unavailable: {error.Message}", error);
            }

            declared = true;
        }

        await publisher.PublishAsync(names.Exchange, envelope.Type, RabbitMqMessages.Properties(envelope), RabbitMqMessages.Body(envelope), cancellationToken);
        deliveries.Published(envelope.MessageId);
    }
}
