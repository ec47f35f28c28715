namespace Inkwell.Platform.Messaging;

/// <summary>
/// Applies one integration event to the handling module's own tables. It runs inside a transaction that
/// also records the message in the module's inbox, so its changes and "handled" commit together.
/// </summary>
public interface IEventHandler<in TEvent>
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
