namespace Inkwell.Platform.Jobs;

/// <summary>
/// Work a module wants done on a schedule (regenerating the sitemap, purging expired tokens). The worker
/// module runs it from its cron scheduler, once per firing across every process that runs the worker.
/// </summary>
public interface IScheduledJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
