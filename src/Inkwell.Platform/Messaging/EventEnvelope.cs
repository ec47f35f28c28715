namespace Inkwell.Platform.Messaging;

/// <summary>One integration event on its way between modules: its identity, its type name and its JSON.</summary>
public sealed record EventEnvelope(Guid MessageId, string Type, string Payload, DateTime OccurredAt);
