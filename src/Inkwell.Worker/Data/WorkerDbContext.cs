using Inkwell.Platform.Admin;
using Inkwell.Platform.Data;
using Inkwell.Platform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Worker.Data;

/// <summary>
/// The worker's own tables. The cron scheduler's tables (<c>worker_qrtz_*</c>) are created by this context's
/// migrations too, but Quartz reads and writes them itself, so they are not in this model.
/// </summary>
internal sealed class WorkerDbContext(DbContextOptions<WorkerDbContext> options) : DbContext(options)
{
    public const string QuartzTablePrefix = "worker_qrtz_";

    public DbSet<BackgroundJob> Jobs => Set<BackgroundJob>();

    public DbSet<ScheduledRun> ScheduledRuns => Set<ScheduledRun>();

    public DbSet<UptimeResult> UptimeResults => Set<UptimeResult>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        UtcDateTimeConverter.Apply(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BackgroundJob>(job =>
        {
            job.ToTable("worker_jobs");
            job.Property(j => j.Name).HasMaxLength(100);
            job.Property(j => j.State).HasMaxLength(20);
            job.Property(j => j.DeduplicationKey).HasMaxLength(200);
            job.Property(j => j.LockedBy).HasMaxLength(200);
            job.HasIndex(j => j.DeduplicationKey).IsUnique();
            // The runner's one question, "what is due next", walks this index.
            job.HasIndex(j => new { j.State, j.RunAt, j.Id });
        });

        modelBuilder.Entity<ScheduledRun>(run =>
        {
            run.ToTable("worker_scheduled_runs");
            run.Property(r => r.Job).HasMaxLength(100);
            run.Property(r => r.Instance).HasMaxLength(200);
            run.Property(r => r.Outcome).HasMaxLength(20);
            run.HasIndex(r => new { r.Job, r.StartedAt });
        });

        modelBuilder.Entity<UptimeResult>(result =>
        {
            result.ToTable("worker_uptime_results");
            result.Property(r => r.Check).HasMaxLength(100);
            result.Property(r => r.Url).HasMaxLength(2000);
            result.Property(r => r.Error).HasMaxLength(500);
            // The status page's question, "the latest probes of this check", walks this index.
            result.HasIndex(r => new { r.Check, r.CheckedAt });
        });

        modelBuilder.MapInbox("worker");
        modelBuilder.MapAudit("worker");
    }
}
