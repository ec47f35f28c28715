using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inkwell.Platform.Messaging;

/// <summary>Sends what a module's outbox holds, oldest first; what fails is retried with backoff, then dead-lettered.</summary>
public interface IOutboxRelay
{
    /// <summary>Sends every event that is due; returns how many were sent.</summary>
    Task<int> FlushAsync(CancellationToken cancellationToken);
}

internal sealed partial class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IEventTransport transport,
    IOptions<BusOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelay<TContext>> logger) : IOutboxRelay
    where TContext : DbContext
{
    private const int BatchSize = 100;
    private const int MaxErrorLength = 2000;

    // One flush at a time per process keeps the order of sends; another process's relay may send a row twice, which the inbox absorbs.
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var sent = 0;
            while (true)
            {
                var (batchSent, more) = await SendBatchAsync(cancellationToken);
                sent += batchSent;
                if (!more)
                {
                    return sent;
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<(int Sent, bool More)> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = await db.Set<OutboxMessage>()
            .Where(m => m.SentAt == null && m.DeadLetteredAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var message in batch)
        {
            try
            {
                await transport.SendAsync(message.ToEnvelope(), cancellationToken);
                message.SentAt = clock.GetUtcNow().UtcDateTime;
                sent++;
            }
            catch (TransportUnavailableException unavailable)
            {
                // The carrier is down, not the event: keep what was sent, count no attempt, try again on the next poll.
                LogTransportUnavailable(logger, unavailable.Message);
                await db.SaveChangesAsync(CancellationToken.None);
                return (sent, false);
            }
            catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
            {
                RecordFailure(message, failure, now);
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return (sent, batch.Count == BatchSize);
    }

    private void RecordFailure(OutboxMessage message, Exception failure, DateTime now)
    {
        var settings = options.Value;
        message.Attempts++;
        message.LastError = failure.ToString() is { Length: > MaxErrorLength } long_ ? long_[..MaxErrorLength] : failure.ToString();
        if (message.Attempts >= settings.MaxAttempts)
        {
            message.DeadLetteredAt = now;
            LogDeadLettered(logger, message.MessageId, message.Type, message.Attempts, failure);
        }
        else
        {
            message.NextAttemptAt = now + settings.BackoffAfter(message.Attempts);
            LogRetrying(logger, message.MessageId, message.Type, message.Attempts, message.NextAttemptAt.Value, failure);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event transport unavailable, will retry: {Reason}")]
    private static partial void LogTransportUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering {MessageId} ({Type}) failed on attempt {Attempts}; next attempt at {NextAttemptAt:o}")]
    private static partial void LogRetrying(ILogger logger, Guid messageId, string type, int attempts, DateTime nextAttemptAt, Exception failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering {MessageId} ({Type}) failed {Attempts} times; dead-lettered")]
    private static partial void LogDeadLettered(ILogger logger, Guid messageId, string type, int attempts, Exception failure);
}
