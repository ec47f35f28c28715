using Inkwell.Platform.Jobs;
using Inkwell.Worker.Jobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Inkwell.Worker.Scheduling;

/// <summary>
/// Puts every registered scheduled job and its cron trigger in the store at start-up. Each process does this; the
/// store keeps one job and one trigger per name, so the schedule in force is the configuration of the last process
/// started. A trigger whose cron is unchanged is left alone (its next firing stays what it was); <c>off</c> removes it.
/// </summary>
internal sealed partial class ScheduleRegistrar(
    IEnumerable<ScheduledJobDefinition> definitions, IOptions<WorkerOptions> options, ILogger<ScheduleRegistrar> logger)
{
    public const string Off = "off";

    public async Task RegisterAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        foreach (var definition in definitions)
        {
            var cron = CronOf(definition, options.Value);
            var key = new JobKey(definition.Name);
            var triggerKey = new TriggerKey(definition.Name);
            if (cron == Off)
            {
                await scheduler.UnscheduleJob(triggerKey, cancellationToken);
                continue;
            }

            var job = JobBuilder.Create<ScheduledJobAdapter>().WithIdentity(key).WithDescription(definition.Description).StoreDurably().Build();
            await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);

            if (await scheduler.GetTrigger(triggerKey, cancellationToken) is ICronTrigger existing && existing.CronExpressionString == cron)
            {
                continue;
            }

            var trigger = TriggerBuilder.Create()
                .WithIdentity(triggerKey)
                .ForJob(key)
                // A firing missed while no worker ran is skipped, not caught up: every job here recomputes current state.
                .WithSchedule(CronScheduleBuilder.Create(cron).InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
                .Build();
            await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, cancellationToken);
            LogScheduled(logger, definition.Name, cron);
        }
    }

    public static string CronOf(ScheduledJobDefinition definition, WorkerOptions options) =>
        options.Schedules.TryGetValue(definition.Name, out var configured) && !string.IsNullOrWhiteSpace(configured)
            ? configured.Trim()
            : definition.Cron;

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job {Name} runs on cron '{Cron}' (UTC)")]
    private static partial void LogScheduled(ILogger logger, string name, string cron);
}
