using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Platform.Messaging;

/// <summary>The rows of a module's outbox that the relay gave up on; a replay hands them back to the relay as if new.</summary>
internal sealed class OutboxDeadLetters<TContext>(IServiceScopeFactory scopes) : IDeadLetterStore
    where TContext : DbContext
{
    private readonly Lazy<string> table = new(() =>
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<TContext>().Model.FindEntityType(typeof(OutboxMessage))?.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} maps no outbox.");
    });

    public IReadOnlyList<string> Queues => [table.Value];

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(string queue, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<TContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DeadLetteredAt != null)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new DeadLetter(queue, m.MessageId.ToString(), m.Type, m.Attempts, m.LastError, m.Payload, m.DeadLetteredAt))];
    }

    public async Task<int> ReplayAsync(string queue, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // The last error stays for the record; the relay's next poll sends the rows again, oldest first.
        return await scope.ServiceProvider.GetRequiredService<TContext>().Set<OutboxMessage>()
            .Where(m => m.DeadLetteredAt != null)
            .ExecuteUpdateAsync(
                m => m.SetProperty(x => x.DeadLetteredAt, (DateTime?)null).SetProperty(x => x.Attempts, 0).SetProperty(x => x.NextAttemptAt, (DateTime?)null),
                cancellationToken);
    }
}
