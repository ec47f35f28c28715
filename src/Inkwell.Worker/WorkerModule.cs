using Inkwell.Content.Contracts.Events;
using Inkwell.Identity.Contracts.Events;
using Inkwell.Platform.Admin;
using Inkwell.Platform.Admin.Api;
using Inkwell.Platform.Auth;
using Inkwell.Platform.Data;
using Inkwell.Platform.Jobs;
using Inkwell.Platform.Messaging;
using Inkwell.Platform.Modules;
using Inkwell.Worker.Contracts;
using Inkwell.Worker.Data;
using Inkwell.Worker.Jobs;
using Inkwell.Worker.Mail;
using Inkwell.Worker.Maintenance;
using Inkwell.Worker.Notifications;
using Inkwell.Worker.Operations;
using Inkwell.Worker.Remote;
using Inkwell.Worker.Scheduling;
using Inkwell.Worker.Uptime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Worker;

/// <summary>Background jobs (persisted, retried, dead-lettered), cron schedules run once across instances, and the mail they send.</summary>
public sealed class WorkerModule : IModule
{
    public const string ModuleName = "worker";

    public string Name => ModuleName;

    // Mail reads addresses and preferences from Identity and digests from Content at send time (docs/decisions/0011),
    // through their contracts: in-process when they run here, otherwise over their service endpoints (Remote/, 0018).
    public IReadOnlyList<string> DependsOn => ["identity", "content"];

    public IReadOnlyList<string> ReachableOverHttp => ["identity", "content"];

    // The worker serves no API of its own, only the back office's view of its jobs and tables.
    public IReadOnlyList<string> PathPrefixes => ["/api/admin/worker"];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<WorkerDbContext>(Name);
        builder.AddRemoteModules();
        // Jobs, runs and probes are made by the worker itself; an admin may read them, requeue a job by its state and time,
        // or delete records. Who holds a job (the lease) and what it carries are the runner's, shown but never edited.
        builder.AddAdminCatalogue<WorkerDbContext>(Name, admin => admin
            .NotCreatable<BackgroundJob>()
            .NotCreatable<ScheduledRun>()
            .NotCreatable<UptimeResult>()
            .ReadOnly<BackgroundJob>(
                nameof(BackgroundJob.Name), nameof(BackgroundJob.Payload), nameof(BackgroundJob.DeduplicationKey), nameof(BackgroundJob.CreatedAt),
                nameof(BackgroundJob.LockedBy), nameof(BackgroundJob.LockedUntil), nameof(BackgroundJob.LastError))
            .ReadOnly<ScheduledRun>(
                nameof(ScheduledRun.Job), nameof(ScheduledRun.ScheduledFor), nameof(ScheduledRun.Instance), nameof(ScheduledRun.StartedAt),
                nameof(ScheduledRun.FinishedAt), nameof(ScheduledRun.Outcome), nameof(ScheduledRun.Error), nameof(ScheduledRun.Manual))
            .ReadOnly<UptimeResult>(
                nameof(UptimeResult.Check), nameof(UptimeResult.Url), nameof(UptimeResult.CheckedAt), nameof(UptimeResult.Up),
                nameof(UptimeResult.StatusCode), nameof(UptimeResult.DurationMs), nameof(UptimeResult.Error)));
        builder.Services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.Section);
        builder.Services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        builder.Services.AddSingleton<JobSignal>();
        builder.Services.AddSingleton<IModuleInterceptor<WorkerDbContext>, JobSignalInterceptor>();
        builder.Services.AddSingleton<WorkerInstance>();
        builder.Services.AddSingleton<JobRunner>();
        builder.Services.AddHostedService<JobRunnerService>();
        builder.Services.AddScoped<JobQueue>();
        builder.Services.AddSingleton<ScheduledRunRecorder>();
        builder.AddWorkerScheduler();

        builder.Services.AddSingleton<MailSender>();
        builder.Services.AddScoped<MailLayout>();
        builder.AddEventHandler<WorkerDbContext, UserFollowed, QueueFollowerMail>(Name);
        builder.AddEventHandler<WorkerDbContext, CommentAdded, QueueCommentMail>(Name);
        builder.Services.AddBackgroundJob<SendFollowerMail>();
        builder.Services.AddBackgroundJob<SendCommentMail>();
        builder.Services.AddBackgroundJob<SendDigestMail>();

        // Cron expressions are Quartz's (seconds first), in UTC; Worker:Schedules:<name> replaces one, "off" removes it.
        builder.AddScheduledJob<WeeklyDigest>(WeeklyDigest.Name, "0 0 8 ? * MON", "Mails each subscribed user the week's articles from the people they follow.");
        builder.AddScheduledJob<RecomputeTrendingTags>(RecomputeTrendingTags.Name, "0 0/10 * * * ?", "Recomputes the home page's trending tags from the last 7 days.");
        builder.AddScheduledJob<PurgeRefreshTokens>(PurgeRefreshTokens.Name, "0 15 3 * * ?", "Deletes expired and revoked refresh tokens.");
        builder.AddScheduledJob<PurgeFinishedJobs>(PurgeFinishedJobs.Name, "0 45 3 * * ?", "Deletes succeeded jobs and run records older than Worker:KeepFinishedFor.");

        builder.AddUptimeMonitor();

        builder.Services.AddScoped<WorkerService>();
        builder.Services.AddScoped<IJobs>(services => services.GetRequiredService<WorkerService>());
    }

    /// <summary>The back office's jobs page and the worker's tables, for admins, in whichever process runs the worker.</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapAdminApi(Name);
        var jobs = admin.MapGroup("").RequireAuthorization(Policies.Admin);
        jobs.MapGet("/jobs", ListJobs.HandleAsync).WithName("ListJobs");
        jobs.MapPost("/jobs/{id}/retry", RetryJob.HandleAsync).WithName("RetryJob");
        jobs.MapPost("/schedules/{name}/run", RunScheduledJob.HandleAsync).WithName("RunScheduledJob");
    }

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<WorkerDbContext>().Database.MigrateAsync(cancellationToken);

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
