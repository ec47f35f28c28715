using System.Data.Common;
using Inkwell.Platform.Data;
using Inkwell.Worker.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inkwell.Worker.Jobs;

/// <summary>
/// Wakes this process's runner after every commit to the worker's tables, so a job queued here starts at once;
/// other processes find it on their next poll. A wake-up with nothing new to run costs one query.
/// </summary>
internal sealed class JobSignalInterceptor(JobSignal signal) : IModuleInterceptor<WorkerDbContext>, ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        signal.Notify();
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Notify();
}
