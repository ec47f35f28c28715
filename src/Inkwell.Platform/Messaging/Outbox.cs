using Inkwell.Platform.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Platform.Messaging;

/// <summary>
/// The transactional outbox: a module's changes and the integration events they raise commit in one
/// transaction, so an event is never lost after a commit nor sent for a change that rolled back.
/// </summary>
public static class Outbox
{
    /// <summary>
    /// Saves <paramref name="db"/>'s changes, then the events <paramref name="raised"/> describes (evaluated after the
    /// first save, so generated keys are known), in one transaction; after the commit the module's relay sends them,
    /// so in the all-in-one shape a handler has run before the request that caused the event answers (over a broker,
    /// <see cref="LocalDeliveries"/> waits for it).
    /// </summary>
    public static async Task<int> SaveChangesWithEventsAsync<TContext>(
        TContext db,
        IReadOnlyList<Func<object>> raised,
        Func<bool, CancellationToken, Task<int>> saveChanges,
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken)
        where TContext : DbContext
    {
        if (raised.Count == 0)
        {
            return await saveChanges(acceptAllChangesOnSuccess, cancellationToken);
        }

        var services = ApplicationServices(db);
        var ownsTransaction = db.Database.CurrentTransaction is null;
        int written;
        List<OutboxMessage> messages;
        await using (var transaction = ownsTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null)
        {
            written = await saveChanges(true, cancellationToken);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            messages = [.. raised.Select(describe => EventTypes.ToOutboxMessage(describe(), now))];
            db.Set<OutboxMessage>().AddRange(messages);
            await saveChanges(acceptAllChangesOnSuccess, cancellationToken);
            if (transaction is null)
            {
                // The caller's transaction decides; its events go out with the relay's next poll.
                return written;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (services.GetService<OutboxRelay<TContext>>() is { } relay)
        {
            // Over a broker, delivery is asynchronous: wait (bounded) for this process's own handlers, as in-process delivery does.
            var delivered = services.GetService<LocalDeliveries>()?.Expect(messages);

            // The handlers are the receiving modules' own work, audited as no one's, as they are when another process runs them.
            using var unaudited = AuditActor.Suspend();
            try
            {
                await relay.FlushAsync(CancellationToken.None);
            }
            finally
            {
                if (delivered is not null)
                {
                    await delivered.WaitAsync(CancellationToken.None);
                }
            }
        }

        return written;
    }

    private static IServiceProvider ApplicationServices(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider
        ?? throw new InvalidOperationException($"{db.GetType().Name} was not created by dependency injection, so it has no outbox relay.");
}
