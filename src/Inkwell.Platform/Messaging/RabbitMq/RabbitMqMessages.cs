using System.Globalization;
using System.Text;
using RabbitMQ.Client;

namespace Inkwell.Platform.Messaging.RabbitMq;

/// <summary>How an event looks on the broker: its JSON as the body; its id, type and time as message properties.</summary>
internal static class RabbitMqMessages
{
    private const int MaxErrorLength = 2000;

    public static BasicProperties Properties(EventEnvelope envelope) => new()
    {
        MessageId = envelope.MessageId.ToString(),
        Type = envelope.Type,
        Timestamp = new AmqpTimestamp(new DateTimeOffset(DateTime.SpecifyKind(envelope.OccurredAt, DateTimeKind.Utc)).ToUnixTimeSeconds()),
        ContentType = "application/json",
        DeliveryMode = DeliveryModes.Persistent,
        Headers = new Dictionary<string, object?> { ["occurred-at"] = envelope.OccurredAt.ToString("O", CultureInfo.InvariantCulture) },
    };

    public static byte[] Body(EventEnvelope envelope) => Encoding.UTF8.GetBytes(envelope.Payload);

    /// <summary>Reads an event back; a message without a usable id or type is not one of ours and fails like any bad payload.</summary>
    public static EventEnvelope ToEnvelope(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
    {
        if (!Guid.TryParse(properties.MessageId, out var messageId))
        {
            throw new InvalidDataException($"The message has no usable message id ('{properties.MessageId}'), so it cannot be handled exactly once.");
        }

        if (string.IsNullOrEmpty(properties.Type))
        {
            throw new InvalidDataException($"Message {messageId} has no type.");
        }

        var occurredAt = HeaderText(properties, "occurred-at") is { } text
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
                ? parsed
                : DateTimeOffset.FromUnixTimeSeconds(properties.Timestamp.UnixTime).UtcDateTime;
        return new EventEnvelope(messageId, properties.Type, Encoding.UTF8.GetString(body.Span), occurredAt);
    }

    public static int Attempts(IReadOnlyBasicProperties properties) =>
        properties.Headers?.TryGetValue(RabbitMqNames.AttemptsHeader, out var value) == true
            ? value switch
            {
                int number => number,
                long number => (int)number,
                byte[] bytes when int.TryParse(Encoding.UTF8.GetString(bytes), out var number) => number,
                _ => 0,
            }
            : 0;

    public static string? HeaderText(IReadOnlyBasicProperties properties, string header) =>
        properties.Headers?.TryGetValue(header, out var value) == true
            ? value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                string text => text,
                null => null,
                var other => Convert.ToString(other, CultureInfo.InvariantCulture),
            }
            : null;

    /// <summary>
    /// A copy to publish again (to the retry queue, the dead-letter queue, or back to the queue on replay): same id, type
    /// and body, the attempts so far and why the last one failed. The broker's own bookkeeping headers are dropped.
    /// </summary>
    public static BasicProperties Redelivery(IReadOnlyBasicProperties original, int attempts, string? lastError)
    {
        var headers = new Dictionary<string, object?>();
        foreach (var (key, value) in original.Headers ?? new Dictionary<string, object?>())
        {
            if (!key.StartsWith("x-", StringComparison.Ordinal))
            {
                headers[key] = value;
            }
        }

        headers[RabbitMqNames.AttemptsHeader] = attempts;
        if (lastError is not null)
        {
            headers[RabbitMqNames.LastErrorHeader] = lastError.Length > MaxErrorLength ? lastError[..MaxErrorLength] : lastError;
        }

        return new BasicProperties
        {
            MessageId = original.MessageId,
            Type = original.Type,
            Timestamp = original.Timestamp,
            ContentType = original.ContentType,
            DeliveryMode = DeliveryModes.Persistent,
            Headers = headers,
        };
    }
}
