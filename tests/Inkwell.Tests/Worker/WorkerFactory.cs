using Inkwell.Tests.Infrastructure;
using Inkwell.Worker.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Worker;

/// <summary>
/// The real host with a worker that polls often, backs off for milliseconds and gives up after three attempts, two
/// test jobs (one that fails twice, one that always fails), and the cron schedules off, so only the tests run jobs.
/// </summary>
public sealed class WorkerFactory : InkwellFactory
{
    public const int MaxAttempts = 3;

    public string MailFolder => Path.Combine(DataPath, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Worker:PollInterval", "00:00:00.050");
        builder.UseSetting("Worker:FirstBackoff", "00:00:00.050");
        builder.UseSetting("Worker:MaxBackoff", "00:00:00.200");
        builder.UseSetting("Worker:MaxAttempts", MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.WithoutSchedules();
        builder.UseSetting("Mail:SiteUrl", "https://inkwell.example");
        builder.ConfigureServices(services => services.AddBackgroundJob<FailsTwiceJob>().AddBackgroundJob<AlwaysFailsJob>());
    }
}

[CollectionDefinition(Name)]
public sealed class WorkerCollection : ICollectionFixture<WorkerFactory>
{
    public const string Name = "worker";
}
