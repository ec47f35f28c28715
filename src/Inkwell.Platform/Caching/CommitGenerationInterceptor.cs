using System.Data.Common;
using Inkwell.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inkwell.Platform.Caching;

/// <summary>
/// Starts a new cache generation after every commit of <typeparamref name="TContext"/>: a save outside an explicit
/// transaction, or an explicit transaction's commit (which also covers bulk updates and deletes run inside it).
/// Invalidating after the commit, never before, is what keeps a concurrent read from caching the old rows as new.
/// </summary>
internal sealed class CommitGenerationInterceptor<TContext>(ReadCache<TContext> cache) : IModuleInterceptor<TContext>, ISaveChangesInterceptor, IDbTransactionInterceptor
    where TContext : DbContext
{
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        InvalidateUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        InvalidateUnlessInTransaction(eventData.Context);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => cache.Invalidate();

    private void InvalidateUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            cache.Invalidate();
        }
    }
}
