using System.Globalization;
using System.Text;
using RabbitMQ.Client;

namespace Inkwell.Platform.Messaging.RabbitMq;

/// <summary>
/// The dead-letter queues of this process's modules. Listing reads them without taking anything (what was read
/// goes back when the channel closes); a replay moves each message back to its queue with fresh attempts.
/// </summary>
internal sealed class RabbitMqDeadLetters(RabbitMqConnection connection, RabbitMqTopology topology, RabbitMqPublisher publisher) : IDeadLetterStore
{
    public IReadOnlyList<string> Queues => [.. topology.Queues];

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(string queue, CancellationToken cancellationToken)
    {
        await using var channel = await OpenAsync(cancellationToken);
        var count = await channel.MessageCountAsync(RabbitMqNames.Dead(queue), cancellationToken);
        var letters = new List<DeadLetter>();
        for (var read = 0; read < count && await channel.BasicGetAsync(RabbitMqNames.Dead(queue), autoAck: false, cancellationToken) is { } message; read++)
        {
            letters.Add(ToDeadLetter(queue, message));
        }

        return letters;
    }

    public async Task<int> ReplayAsync(string queue, CancellationToken cancellationToken)
    {
        await using var channel = await OpenAsync(cancellationToken);
        // Only what is there now: a replayed message that fails for good again waits for the next replay.
        var count = await channel.MessageCountAsync(RabbitMqNames.Dead(queue), cancellationToken);
        var replayed = 0;
        while (replayed < count && await channel.BasicGetAsync(RabbitMqNames.Dead(queue), autoAck: false, cancellationToken) is { } message)
        {
            var fresh = RabbitMqMessages.Redelivery(message.BasicProperties, attempts: 0, RabbitMqMessages.HeaderText(message.BasicProperties, RabbitMqNames.LastErrorHeader));
            await publisher.PublishAsync("", queue, fresh, message.Body, cancellationToken);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            replayed++;
        }

        return replayed;
    }

    private async Task<IChannel> OpenAsync(CancellationToken cancellationToken)
    {
        await topology.DeclareAsync(cancellationToken);
        var open = await connection.GetAsync(cancellationToken);
        return await open.CreateChannelAsync(cancellationToken: cancellationToken);
    }

    private static DeadLetter ToDeadLetter(string queue, BasicGetResult message)
    {
        var properties = message.BasicProperties;
        var deadLetteredAt = RabbitMqMessages.HeaderText(properties, RabbitMqNames.DeadLetteredAtHeader) is { } text
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
                ? at
                : (DateTime?)null;
        return new DeadLetter(
            queue,
            properties.MessageId ?? "",
            properties.Type ?? "",
            RabbitMqMessages.Attempts(properties),
            RabbitMqMessages.HeaderText(properties, RabbitMqNames.LastErrorHeader),
            Encoding.UTF8.GetString(message.Body.Span),
            deadLetteredAt);
    }
}
