using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Inkwell.Worker.Jobs;

/// <summary>
/// A span, a duration and an outcome for each run of a background or scheduled job. Failed runs are counted in
/// <c>inkwell.jobs.failed</c>, each attempt (a retried job that fails twice counts twice), which the alert rules watch.
/// </summary>
internal static class JobTelemetry
{
    public const string Name = "Inkwell.Worker";
    public const string Background = "background";
    public const string Scheduled = "scheduled";

    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "inkwell.jobs.duration",
        "s",
        "How long each job run took, by job, kind and outcome.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300] });

    private static readonly Counter<long> Failures = Meter.CreateCounter<long>("inkwell.jobs.failed", "{run}", "Job runs that failed, by job and kind.");

    public static Activity? StartRun(string job, string kind) =>
        Source.StartActivity($"job {job}", ActivityKind.Internal, parentContext: default, tags: [new("inkwell.job", job), new("inkwell.job.kind", kind)]);

    public static void RecordRun(Activity? activity, string job, string kind, TimeSpan elapsed, Exception? failure)
    {
        var outcome = failure is null ? "succeeded" : "failed";
        KeyValuePair<string, object?>[] tags = [new("job_name", job), new("kind", kind)];
        Duration.Record(elapsed.TotalSeconds, [.. tags, new("outcome", outcome)]);
        if (failure is not null)
        {
            Failures.Add(1, tags);
            activity?.SetStatus(ActivityStatusCode.Error, failure.Message);
        }

        activity?.Stop();
    }
}
