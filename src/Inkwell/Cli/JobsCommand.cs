using System.CommandLine;
using System.Globalization;
using Inkwell.Platform.Api;
using Inkwell.Worker.Contracts;
using Spectre.Console;

namespace Inkwell.Cli;

/// <summary>
/// <c>inkwell jobs</c>: the worker's scheduled and background jobs, read from the configured database, so it shows
/// what every instance has queued, run and given up on. Unknown ids and names exit 2; a job that fails when run exits 1.
/// </summary>
internal static class JobsCommand
{
    private static readonly Option<bool> All = new("--all") { Description = "Include background jobs that succeeded." };

    private static readonly Argument<long> JobId = new("id") { Description = "The background job's id, as `jobs list` shows it." };

    private static readonly Argument<string> JobName = new("name") { Description = "The scheduled job's name, as `jobs list` shows it." };

    public static Command Create()
    {
        var list = new Command("list", "Show the scheduled jobs (cron, next and last run) and the background jobs queued, running or failed.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        list.Options.Add(All);
        list.SetAction((parseResult, ct) => WithJobsAsync(parseResult, jobs => ListAsync(jobs, parseResult.GetValue(All), ct)));

        var retry = new Command("retry", "Queue a failed background job to run again now, with its attempts counted afresh.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        retry.Arguments.Add(JobId);
        retry.SetAction((parseResult, ct) => WithJobsAsync(parseResult, jobs => RetryAsync(jobs, parseResult.GetValue(JobId), ct)));

        var run = new Command("run", "Run a scheduled job now, in this process, and wait for it to finish.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        run.Arguments.Add(JobName);
        run.SetAction((parseResult, ct) => WithJobsAsync(parseResult, jobs => RunAsync(jobs, parseResult.GetValue(JobName)!, ct)));

        return new Command("jobs", "See and manage the worker's background and scheduled jobs.") { list, retry, run };
    }

    private static async Task<int> ListAsync(IJobs jobs, bool all, CancellationToken cancellationToken)
    {
        var overview = await jobs.ListAsync(all, cancellationToken);

        var scheduled = new Table().Title("Scheduled jobs (UTC)")
            .AddColumn(new TableColumn("name").NoWrap()).AddColumns("schedule", "next run", "last run", "last outcome");
        foreach (var job in overview.Scheduled)
        {
            scheduled.AddRow(Markup.Escape(job.Name), Markup.Escape(job.Schedule), Time(job.NextRunAt), Time(job.LastRunAt), Markup.Escape(job.LastOutcome ?? "-"));
        }

        AnsiConsole.Write(scheduled);

        if (overview.Background.Count == 0)
        {
            Console.WriteLine(all ? "No background jobs." : "No background jobs queued, running or failed.");
            return ExitCodes.Ok;
        }

        var background = new Table().Title("Background jobs")
            .AddColumn(new TableColumn("id").NoWrap()).AddColumn(new TableColumn("name").NoWrap()).AddColumn(new TableColumn("state").NoWrap())
            .AddColumns("attempts", "next run / finished", "last error");
        foreach (var job in overview.Background)
        {
            background.AddRow(
                job.Id.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(job.Name),
                StateOf(job),
                $"{job.Attempts}/{job.MaxAttempts}",
                Time(job.State is JobStates.Queued or JobStates.Running ? job.RunAt : job.FinishedAt),
                Markup.Escape(FirstLine(job.LastError)));
        }

        AnsiConsole.Write(background);
        return ExitCodes.Ok;
    }

    private static async Task<int> RetryAsync(IJobs jobs, long id, CancellationToken cancellationToken)
    {
        var result = await jobs.RetryAsync(id, cancellationToken);
        if (result.Value is not { } job)
        {
            await Console.Error.WriteLineAsync(result.Failure == FailureKind.NotFound
                ? $"No background job {id}. `inkwell jobs list --all` shows them."
                : $"Job {id} {string.Join("; ", result.Error!.Errors.SelectMany(e => e.Value))}.");
            return ExitCodes.BadArguments;
        }

        Console.WriteLine($"Job {job.Id} ({job.Name}) is queued again; a running worker takes it within its poll interval.");
        return ExitCodes.Ok;
    }

    private static async Task<int> RunAsync(IJobs jobs, string name, CancellationToken cancellationToken)
    {
        try
        {
            var result = await jobs.RunNowAsync(name, cancellationToken);
            if (result.Value is not { } run)
            {
                var names = (await jobs.ListAsync(false, cancellationToken)).Scheduled.Select(j => j.Name);
                await Console.Error.WriteLineAsync($"No scheduled job '{name}'. Scheduled jobs: {string.Join(", ", names)}.");
                return ExitCodes.BadArguments;
            }

            Console.WriteLine($"Ran {run.Name} in {(run.FinishedAt - run.StartedAt).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s.");
            return ExitCodes.Ok;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"{name} failed: {error.Message}");
            return ExitCodes.Failed;
        }
    }

    private static async Task<int> WithJobsAsync(ParseResult parseResult, Func<IJobs, Task<int>> action)
    {
        if (await InkwellCli.TryBuildHostAsync(parseResult) is not var (app, _))
        {
            return ExitCodes.BadArguments;
        }

        await using (app)
        {
            await using var scope = app.Services.CreateAsyncScope();
            if (scope.ServiceProvider.GetService<IJobs>() is not { } jobs)
            {
                await Console.Error.WriteLineAsync("The worker module is not in this target; run `inkwell jobs` with --target all (the default) or one that includes worker.");
                return ExitCodes.BadArguments;
            }

            return await action(jobs);
        }
    }

    private static string StateOf(BackgroundJobView job) => job.State switch
    {
        // Both are failures: one will be tried again by itself, the other waits for `jobs retry`.
        JobStates.Queued when job.Attempts > 0 => "[yellow]retrying[/]",
        JobStates.DeadLettered => "[red]dead-lettered[/]",
        JobStates.Running => "[blue]running[/]",
        JobStates.Succeeded => "[green]succeeded[/]",
        _ => "queued",
    };

    private static string Time(DateTime? utc) => utc?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-";

    private static string FirstLine(string? error) =>
        error is null ? "" : error.Split('\n')[0].Trim() is { Length: > 80 } line ? line[..80] + "…" : error.Split('\n')[0].Trim();
}
