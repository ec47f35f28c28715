using RabbitMQ.Client;

namespace Inkwell.Platform.Messaging.RabbitMq;

/// <summary>
/// Declares what this process's handlers need on the broker (declaring is idempotent, so every process may):
/// the events exchange; per module a durable queue bound to the event types its handlers take, a retry queue whose
/// messages return to the queue when their delay expires, and a dead-letter queue an operator reads.
/// </summary>
internal sealed class RabbitMqTopology(RabbitMqConnection connection, RabbitMqNames names, IEnumerable<IEventConsumer> consumers)
{
    public const string TopicExchange = "topic";

    private readonly IReadOnlyList<IGrouping<string, IEventConsumer>> modules = [.. consumers.GroupBy(c => c.Module)];

    public IEnumerable<string> Queues => modules.Select(m => names.Queue(m.Key));

    public IEnumerable<IGrouping<string, IEventConsumer>> Modules => modules;

    public async Task DeclareAsync(CancellationToken cancellationToken)
    {
        var open = await connection.GetAsync(cancellationToken);
        await using var channel = await open.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.ExchangeDeclareAsync(names.Exchange, TopicExchange, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        foreach (var module in modules)
        {
            var queue = names.Queue(module.Key);
            // One consumer at a time across all instances of the module: events are applied in the order they were
            // published (an unfollow never overtakes its follow); the other instances stand by.
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                arguments: new Dictionary<string, object?> { ["x-single-active-consumer"] = true }, cancellationToken: cancellationToken);
            // A retried message waits here for its own delay (per-message TTL), then the broker dead-letters it back to the queue.
            await channel.QueueDeclareAsync(RabbitMqNames.Retry(queue), durable: true, exclusive: false, autoDelete: false,
                arguments: new Dictionary<string, object?> { ["x-dead-letter-exchange"] = "", ["x-dead-letter-routing-key"] = queue },
                cancellationToken: cancellationToken);
            await channel.QueueDeclareAsync(RabbitMqNames.Dead(queue), durable: true, exclusive: false, autoDelete: false,
                cancellationToken: cancellationToken);
            foreach (var eventType in module.Select(c => c.EventType).Distinct())
            {
                await channel.QueueBindAsync(queue, names.Exchange, eventType, cancellationToken: cancellationToken);
            }
        }
    }
}
