using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Inkwell.Worker.Scheduling;

/// <summary>
/// Starts the cron scheduler once its database answers, retrying until it does, so a process started while the
/// database is down still starts (and says so on /health/ready) instead of failing; stops it with the host, letting
/// running jobs finish.
/// </summary>
internal sealed partial class SchedulerService(ISchedulerFactory schedulers, ScheduleRegistrar registrar, ILogger<SchedulerService> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private IScheduler? _scheduler;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Kept before it starts: a host stopped in the middle of this still shuts down what it created.
                _scheduler = await schedulers.GetScheduler(stoppingToken);
                await registrar.RegisterAsync(_scheduler, stoppingToken);
                await _scheduler.Start(stoppingToken);
                return;
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                LogStartFailed(logger, RetryDelay.TotalSeconds, failure);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_scheduler is not null)
        {
            await _scheduler.Shutdown(true, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The cron scheduler could not start; trying again in {Seconds} s")]
    private static partial void LogStartFailed(ILogger logger, double seconds, Exception failure);
}
