using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace Inkwell.Platform.Messaging.RabbitMq;

/// <summary>
/// Consumes one module's queue, one message at a time: runs the module's handlers for the message's type (each in its
/// own inbox transaction) and acknowledges. A failure goes to <see cref="RabbitMqRetries"/>; a message left
/// unacknowledged (the process stops, the broker goes away) is delivered again and the inbox skips what was applied.
/// </summary>
internal sealed partial class ModuleQueueConsumer(
    IChannel channel,
    string queue,
    IReadOnlyList<IEventConsumer> handlers,
    RabbitMqRetries retries,
    LocalDeliveries deliveries,
    ILogger logger,
    CancellationToken stopping) : AsyncDefaultBasicConsumer(channel)
{
    public override async Task HandleBasicDeliverAsync(
        string consumerTag,
        ulong deliveryTag,
        bool redelivered,
        string exchange,
        string routingKey,
        IReadOnlyBasicProperties properties,
        ReadOnlyMemory<byte> body,
        CancellationToken cancellationToken)
    {
        try
        {
            try
            {
                await HandleAsync(properties, body);
            }
            catch (Exception failure) when (!stopping.IsCancellationRequested)
            {
                await retries.RetryOrDeadLetterAsync(queue, properties, body, failure, stopping);
            }

            await Channel.BasicAckAsync(deliveryTag, multiple: false, stopping);
        }
        catch (Exception error) when (stopping.IsCancellationRequested || RabbitMqConnection.IsBrokerFailure(error)
            || error is TransportUnavailableException)
        {
            // Not acknowledged: the broker delivers it again once this process (or another) consumes the queue.
            LogLeftForRedelivery(logger, properties.MessageId, queue, error.Message);
            if (!stopping.IsCancellationRequested)
            {
                await RequeueAsync(deliveryTag);
            }
        }
        finally
        {
            if (Guid.TryParse(properties.MessageId, out var messageId))
            {
                deliveries.Handled(messageId);
            }
        }
    }

    /// <summary>
    /// The copy to the retry queue could not be confirmed while this channel still works: hand the message back now,
    /// rather than hold it unacknowledged until the channel closes.
    /// </summary>
    private async Task RequeueAsync(ulong deliveryTag)
    {
        try
        {
            await Channel.BasicNackAsync(deliveryTag, multiple: false, requeue: true, CancellationToken.None);
        }
        catch (Exception error) when (RabbitMqConnection.IsBrokerFailure(error))
        {
            // The channel is gone too; closing it handed the message back already.
        }
    }

    private async Task HandleAsync(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
    {
        var envelope = RabbitMqMessages.ToEnvelope(properties, body);
        var matching = handlers.Where(h => h.EventType == envelope.Type).ToList();
        if (matching.Count == 0)
        {
            throw new InvalidOperationException($"No handler on {queue} takes events of type '{envelope.Type}'.");
        }

        foreach (var handler in matching)
        {
            await handler.ConsumeAsync(envelope, stopping);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} on {Queue} is left for redelivery: {Reason}")]
    private static partial void LogLeftForRedelivery(ILogger logger, string? messageId, string queue, string reason);
}
