using Inkwell.Platform.Data;
using Inkwell.Worker.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Inkwell.Worker.Scheduling;

/// <summary>
/// Quartz on the database every module uses, never in memory: schedules and their last firings survive a restart.
/// On PostgreSQL the store is clustered, so each firing is taken by exactly one of the processes that run the worker
/// (docs/decisions/0011).
/// The tables come from the worker's migrations, so Quartz only checks that they are there.
/// </summary>
internal static class SchedulerSetup
{
    public static void AddWorkerScheduler(this IHostApplicationBuilder builder)
    {
        var (provider, connectionString) = DatabaseSetup.ConnectionOf(builder.Configuration);
        var checkin = builder.Configuration.GetValue("Worker:Cluster:CheckinInterval", TimeSpan.FromSeconds(7.5));
        // Processes with the same name on one database form one cluster. Quartz also keys its schedulers by this name
        // process-wide, so two hosts in one process (tests) need different names or they share one scheduler.
        var schedulerName = builder.Configuration.GetValue("Worker:SchedulerName", "inkwell");

        builder.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = schedulerName;
                // Quartz's AUTO instance id: each process generates its own, which is how the cluster tells its members apart
                // (a literal "AUTO" would be one id shared by every node, and each would take the others' firings for its own).
                scheduler.GenerateInstanceId = true;
            });
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(options =>
                {
                    options.TablePrefix = WorkerDbContext.QuartzTablePrefix;
                    options.StoreJobDataAsStrings = true;
                });
                switch (provider)
                {
                    case DatabaseProvider.Sqlite:
                        // An SQLite file belongs to one process (the all-in-one shape), and Quartz refuses to cluster on it:
                        // the store is still persistent, so schedules and missed firings survive a restart.
                        store.UseSqlite(connectionString);
                        break;
                    case DatabaseProvider.Postgres:
                        store.UsePostgres(connectionString);
                        store.UseClustering(cluster =>
                        {
                            cluster.CheckinInterval = checkin;
                            cluster.CheckinMisfireThreshold = checkin * 2;
                        });
                        break;
                }
            });
        });
        builder.Services.AddSingleton<ScheduleRegistrar>();
        builder.Services.AddHostedService<SchedulerService>();
    }
}
