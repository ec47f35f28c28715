namespace Inkwell.Platform.Messaging;

/// <summary>A message a handler has applied; written in the handler's transaction, so a redelivery is recognised and skipped.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    public required string Handler { get; set; }

    public DateTime HandledAt { get; set; }
}
