using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Platform.Messaging;

/// <summary>
/// Runs a handler in the module's own transaction, together with the inbox row that marks the message handled.
/// A message seen before is skipped; two deliveries racing each other clash on the inbox key and one rolls back.
/// </summary>
internal sealed class InboxConsumer<TContext, TEvent, THandler>(string module, IServiceScopeFactory scopes, TimeProvider clock) : IEventConsumer
    where TContext : DbContext
    where THandler : IEventHandler<TEvent>
{
    public string EventType { get; } = EventTypes.NameOf<TEvent>();

    public string Module => module;

    public string Name { get; } = $"{typeof(THandler).Name}";

    public async Task ConsumeAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var inbox = db.Set<InboxMessage>();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await inbox.AnyAsync(m => m.MessageId == envelope.MessageId && m.Handler == Name, cancellationToken))
        {
            return;
        }

        var handler = ActivatorUtilities.CreateInstance<THandler>(scope.ServiceProvider);
        await handler.HandleAsync(EventTypes.Read<TEvent>(envelope), cancellationToken);

        inbox.Add(new InboxMessage { MessageId = envelope.MessageId, Handler = Name, HandledAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
