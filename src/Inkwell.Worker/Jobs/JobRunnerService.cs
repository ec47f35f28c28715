using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inkwell.Worker.Jobs;

/// <summary>Runs due jobs whenever this process queues one, and at least every <see cref="WorkerOptions.PollInterval"/>.</summary>
internal sealed partial class JobRunnerService(JobRunner runner, JobSignal signal, IOptions<WorkerOptions> options, ILogger<JobRunnerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                // Typically the database is unreachable for a moment: wait a poll and look again.
                LogRunFailed(logger, failure);
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Running background jobs failed; retrying after the poll interval")]
    private static partial void LogRunFailed(ILogger logger, Exception failure);
}
