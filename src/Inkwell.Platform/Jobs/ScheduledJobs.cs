using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Platform.Jobs;

/// <summary>A scheduled job as registered: its name (what <c>inkwell jobs run</c> takes), its default cron schedule and what it does.</summary>
/// <param name="Cron">A Quartz cron expression (seconds first); <c>Worker:Schedules:&lt;name&gt;</c> overrides it.</param>
public sealed record ScheduledJobDefinition(string Name, string Cron, string Description, Type JobType);

public static class ScheduledJobs
{
    /// <summary>
    /// Declares <typeparamref name="TJob"/> as a scheduled job. Nothing runs it unless the worker module is in the
    /// process; registering it costs nothing elsewhere, so a module declares its jobs whatever the target.
    /// </summary>
    public static void AddScheduledJob<TJob>(this IHostApplicationBuilder builder, string name, string cron, string description)
        where TJob : class, IScheduledJob
    {
        builder.Services.AddScoped<TJob>();
        builder.Services.AddSingleton(new ScheduledJobDefinition(name, cron, description, typeof(TJob)));
    }
}
