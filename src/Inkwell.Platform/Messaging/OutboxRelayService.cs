using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inkwell.Platform.Messaging;

/// <summary>
/// Polls a module's outbox: sends what a crash, a broker outage or a failed delivery left behind.
/// Fresh events are usually sent right after their commit (<see cref="Outbox"/>); this is the safety net.
/// </summary>
internal sealed partial class OutboxRelayService<TContext>(
    OutboxRelay<TContext> relay, IOptions<BusOptions> options, ILogger<OutboxRelayService<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            try
            {
                await relay.FlushAsync(stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                // Typically the database is unreachable for a moment; the next tick tries again.
                LogFlushFailed(logger, typeof(TContext).Name, failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Relaying the {Context} outbox failed; retrying on the next tick")]
    private static partial void LogFlushFailed(ILogger logger, string context, Exception failure);
}
