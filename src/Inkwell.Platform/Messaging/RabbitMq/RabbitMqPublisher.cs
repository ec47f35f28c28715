using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Inkwell.Platform.Messaging.RabbitMq;

/// <summary>
/// Publishes on one channel with publisher confirms: a publish returns once the broker has the message on disk in
/// every queue it routes to. Broker trouble becomes <see cref="TransportUnavailableException"/>; a message no queue
/// takes (it is returned) fails like a delivery that failed.
/// </summary>
internal sealed class RabbitMqPublisher(RabbitMqConnection connection, IOptions<BusOptions> options) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IChannel? channel;

    public async Task PublishAsync(
        string exchange, string routingKey, BasicProperties properties, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        try
        {
            var open = await ChannelAsync(timeout.Token);
            await open.BasicPublishAsync(exchange, routingKey, mandatory: true, properties, body, timeout.Token);
        }
        catch (PublishException returned) when (returned.IsReturn)
        {
            throw new InvalidOperationException(
                $"The broker returned message {properties.MessageId} ({properties.Type}): no queue is bound to '{routingKey}' on '{exchange}'.", returned);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // No confirm in time: the channel's state is unknown, so the next publish starts on a fresh one.
            await DropChannelAsync();
            throw new TransportUnavailableException($"The message broker did not confirm within {options.Value.PublishTimeout.TotalSeconds:N0} s.");
        }
        catch (Exception error) when (RabbitMqConnection.IsBrokerFailure(error))
        {
            throw new TransportUnavailableException($"The message broker is unavailable: {error.Message}", error);
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DropChannelAsync();
        gate.Dispose();
    }

    private async Task<IChannel> ChannelAsync(CancellationToken cancellationToken)
    {
        var open = await connection.GetAsync(cancellationToken);
        // During an outage the client recovers the channel along with the connection; a channel the broker closed
        // for an error of its own (the connection still open) is not recovered, so it is replaced.
        if (channel is { IsClosed: true } && open.IsOpen)
        {
            await DropChannelAsync();
        }

        return channel ??= await open.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
    }

    private async Task DropChannelAsync()
    {
        var dropped = channel;
        channel = null;
        if (dropped is not null)
        {
            try
            {
                await dropped.DisposeAsync();
            }
            catch (Exception error) when (RabbitMqConnection.IsBrokerFailure(error))
            {
                // Already gone with the connection.
            }
        }
    }
}
