using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Inkwell.Platform.Messaging.RabbitMq;

/// <summary>
/// This process's consumers, one per local module queue: manual acknowledgements, a prefetch limit, one message at a
/// time. They start with the host, or with the first event the process sends if that comes earlier (start-up's demo
/// content), so the process applies its own events from the start; after an outage the client's recovery restores them.
/// </summary>
internal sealed partial class RabbitMqConsumers(
    RabbitMqConnection connection,
    RabbitMqTopology topology,
    RabbitMqNames names,
    RabbitMqRetries retries,
    LocalDeliveries deliveries,
    IHostApplicationLifetime lifetime,
    IOptions<BusOptions> options,
    ILogger<RabbitMqConsumers> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly List<IChannel> channels = [];
    private volatile bool started;

    public async Task EnsureStartedAsync(CancellationToken cancellationToken)
    {
        if (started || !topology.Modules.Any())
        {
            return;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (started)
            {
                return;
            }

            try
            {
                await StartAsync(cancellationToken);
            }
            catch
            {
                await CloseChannelsAsync();
                throw;
            }

            started = true;
            deliveries.ConsumersStarted();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Closing the channels hands back to the broker what was prefetched but not acknowledged.</summary>
    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync();
        try
        {
            await CloseChannelsAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var open = await connection.GetAsync(cancellationToken);
        await topology.DeclareAsync(cancellationToken);
        foreach (var module in topology.Modules)
        {
            var queue = names.Queue(module.Key);
            var channel = await open.CreateChannelAsync(cancellationToken: cancellationToken);
            channels.Add(channel);
            await channel.BasicQosAsync(prefetchSize: 0, prefetchCount: options.Value.Prefetch, global: false, cancellationToken);
            var consumer = new ModuleQueueConsumer(channel, queue, [.. module], retries, deliveries, logger, lifetime.ApplicationStopping);
            await channel.BasicConsumeAsync(queue, autoAck: false, consumer, cancellationToken);
            LogConsuming(logger, queue);
        }
    }

    private async Task CloseChannelsAsync()
    {
        foreach (var channel in channels)
        {
            try
            {
                await channel.DisposeAsync();
            }
            catch (Exception error) when (RabbitMqConnection.IsBrokerFailure(error))
            {
                // Already closed with the connection.
            }
        }

        channels.Clear();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Consuming {Queue}")]
    private static partial void LogConsuming(ILogger logger, string queue);
}
