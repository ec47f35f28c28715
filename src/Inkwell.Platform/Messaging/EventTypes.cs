using System.Text.Json;

namespace Inkwell.Platform.Messaging;

/// <summary>Names events on the wire by their contract type's name and turns them into JSON and back.</summary>
public static class EventTypes
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string NameOf<TEvent>() => NameOf(typeof(TEvent));

    public static string NameOf(Type eventType) => eventType.Name;

    public static OutboxMessage ToOutboxMessage(object integrationEvent, DateTime occurredAt) => new()
    {
        MessageId = Guid.CreateVersion7(occurredAt),
        Type = NameOf(integrationEvent.GetType()),
        Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Json),
        OccurredAt = occurredAt,
    };

    public static TEvent Read<TEvent>(EventEnvelope envelope) =>
        JsonSerializer.Deserialize<TEvent>(envelope.Payload, Json)
        ?? throw new InvalidDataException($"Message {envelope.MessageId} of type {envelope.Type} has an empty payload.");
}
