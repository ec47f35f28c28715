namespace Inkwell.Platform.Messaging;

/// <summary>
/// The all-in-one shape's transport: every consumer of the event runs in this process before the send returns.
/// A consumer that throws fails the send; the relay retries it and the inbox makes the others skip the repeat.
/// </summary>
internal sealed class InProcessTransport(IEnumerable<IEventConsumer> consumers) : IEventTransport
{
    private readonly ILookup<string, IEventConsumer> byType = consumers.ToLookup(c => c.EventType);

    public async Task SendAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        foreach (var consumer in byType[envelope.Type])
        {
            await consumer.ConsumeAsync(envelope, cancellationToken);
        }
    }
}
