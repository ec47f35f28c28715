using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Inkwell.Tests.Worker;

/// <summary><c>inkwell jobs list|retry|run</c>, run as the real binary against an SQLite database of its own.</summary>
public sealed class JobsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inkwell-jobs").FullName;

    [Fact]
    public async Task Jobs_list_shows_the_schedules_and_a_dead_lettered_job_which_retry_queues_again()
    {
        await MigrateAsync();
        Execute("""
            INSERT INTO worker_jobs (Name, Payload, State, Attempts, MaxAttempts, CreatedAt, RunAt, FinishedAt, LastError)
            VALUES ('mail-comment', '{}', 'dead', 5, 5, '2026-01-01 00:00:00', '2026-01-01 00:00:00', '2026-01-01 00:05:00', 'SMTP said no')
            """);

        var (listExit, listed, _) = await RunAsync("jobs", "list");
        var (retryExit, retried, _) = await RunAsync("jobs", "retry", "1");
        var (againExit, _, again) = await RunAsync("jobs", "retry", "1");
        var (unknownExit, _, unknown) = await RunAsync("jobs", "retry", "42");

        Assert.Equal(0, listExit);
        Assert.Contains("trending-tags", listed, StringComparison.Ordinal);
        Assert.Contains("0 0/10 * * * ?", listed, StringComparison.Ordinal);
        Assert.Contains("weekly-digest", listed, StringComparison.Ordinal);
        Assert.Matches(@"1\s*\S\s*mail-comment\s*\S\s*dead-lettered\s*\S\s*5/5", listed);
        Assert.Contains("SMTP said no", listed, StringComparison.Ordinal);
        Assert.Equal(0, retryExit);
        Assert.Contains("Job 1 (mail-comment) is queued again", retried, StringComparison.Ordinal);
        Assert.Equal("queued|0", Query("SELECT State || '|' || Attempts FROM worker_jobs WHERE Id = 1"));
        Assert.Equal(2, againExit);
        Assert.Contains("only failed jobs can be retried", again, StringComparison.Ordinal);
        Assert.Equal(2, unknownExit);
        Assert.Contains("No background job 42", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jobs_run_runs_a_scheduled_job_now_and_exits_1_when_it_fails_and_2_for_an_unknown_name()
    {
        await MigrateAsync();

        var (runExit, ran, _) = await RunAsync("jobs", "run", "trending-tags");
        var recorded = Query("SELECT Job || '|' || Outcome || '|' || Manual FROM worker_scheduled_runs");
        Execute("DROP TABLE content_trending_tags");
        var (failedExit, _, failed) = await RunAsync("jobs", "run", "trending-tags");
        var (unknownExit, _, unknown) = await RunAsync("jobs", "run", "nonsense");

        Assert.Equal(0, runExit);
        Assert.Matches(@"Ran trending-tags in \d+\.\d\d s\.", ran);
        Assert.Equal("trending-tags|succeeded|1", recorded);
        Assert.Equal(1, failedExit);
        Assert.Contains("trending-tags failed:", failed, StringComparison.Ordinal);
        Assert.Equal(2, unknownExit);
        Assert.Contains("No scheduled job 'nonsense'. Scheduled jobs: purge-finished-jobs, purge-refresh-tokens, site-documents, trending-tags, weekly-digest.", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jobs_in_a_process_without_the_worker_exit_2_and_say_why()
    {
        var (exitCode, _, stderr) = await RunAsync("jobs", "list", "--target", "identity");

        Assert.Equal(2, exitCode);
        Assert.Contains("The worker module is not in this target", stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task MigrateAsync() => Assert.Equal(0, (await RunAsync("migrate")).ExitCode);

    private string Database => $"Data Source={Path.Combine(_folder, "inkwell.db")};Pooling=False";

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(Database);
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private string? Query(string sql)
    {
        using var connection = new SqliteConnection(Database);
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        return command.ExecuteScalar()?.ToString();
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, .. arguments, $"--Storage:DataPath={_folder}"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = _folder,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A start of the binary takes seconds on a busy machine; the bound only keeps a hung command from hanging the run.
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(180)).Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
