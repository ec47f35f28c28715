using Inkwell.Tests.Observability;

namespace Inkwell.Tests.Worker;

/// <summary>Job runs as /metrics shows them: each failed attempt counted under the job's name, and every run timed.</summary>
[Collection(WorkerCollection.Name)]
public sealed class JobMetricsTests(WorkerFactory factory)
{
    private const string Failed = "inkwell_jobs_failed_total";

    [Fact]
    public async Task Each_failed_attempt_of_a_job_is_counted_under_its_name()
    {
        var client = factory.CreateClient();
        string[] labels = ["job_name=\"test-always-fails\"", "kind=\"background\""];
        var before = MetricsText.Sum(await MetricsText.ScrapeAsync(client), Failed, labels);

        var id = await factory.EnqueueAsync("test-always-fails", new AlwaysFailsJob.Payload("counted"));
        await factory.WaitForJobAsync(id, "dead");

        var after = await MetricsText.WaitAboveAsync(client, Failed, before + WorkerFactory.MaxAttempts - 1, labels);
        Assert.True(after >= before + WorkerFactory.MaxAttempts, $"{before} -> {after}");
        var scrape = await MetricsText.ScrapeAsync(client);
        Assert.True(MetricsText.Sum(scrape, "inkwell_jobs_duration_seconds_count", "job_name=\"test-always-fails\"", "outcome=\"failed\"") >= WorkerFactory.MaxAttempts);
    }
}
