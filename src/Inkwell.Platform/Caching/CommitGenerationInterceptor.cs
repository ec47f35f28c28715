using System.Data.Common;
using Inkwell.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inkwell.Platform.Caching;

/// <summary>
/// Advances <typeparamref name="TContext"/>'s cache generation after every commit: a save that wrote rows outside an
/// explicit transaction (the outbox relay's empty polls write none), or an explicit transaction's commit (which also covers bulk updates and deletes run inside it).
/// Advancing after the commit, never before, is what keeps a concurrent read from caching the old rows as new; and it
/// is awaited, so when the writer's request answers, every process already reads the new generation.
/// </summary>
internal sealed class CommitGenerationInterceptor<TContext>(ICacheGenerations generations) : IModuleInterceptor<TContext>, ISaveChangesInterceptor, IDbTransactionInterceptor
    where TContext : DbContext
{
    private static readonly string Scope = GenerationScopes.Of<TContext>();

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0 && eventData.Context?.Database.CurrentTransaction is null)
        {
            await generations.AdvanceAsync(Scope, cancellationToken);
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (result > 0 && eventData.Context?.Database.CurrentTransaction is null)
        {
            generations.Advance(Scope);
        }

        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await generations.AdvanceAsync(Scope, cancellationToken);

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => generations.Advance(Scope);
}
