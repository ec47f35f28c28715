using System.Diagnostics;
using System.Security.Cryptography;
using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Services.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Inkwell.Tests.Worker;

/// <summary>
/// A cron job fires once per firing however many processes run the worker, and goes on firing when one of them dies:
/// the real binary, started as an operator starts it, on one database. On PostgreSQL that is two processes in a Quartz
/// cluster. An SQLite file belongs to one process (Quartz refuses to cluster on it), so there the test runs the one
/// process the all-in-one shape has.
/// </summary>
[Collection(ServicesCollection.Name)]
public sealed class CronClusterTests : IAsyncLifetime
{
    private const int Firings = 5;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    private readonly string _folder = Directory.CreateTempSubdirectory("inkwell-cron").FullName;
    private readonly TestDatabase _database = new();
    private readonly List<InkwellProcess> _processes = [];

    private IReadOnlyList<string> Settings =>
    [
        $"--Storage:DataPath={_folder}",
        $"--Database:Provider={_database.Provider}",
        $"--ConnectionStrings:Inkwell={_database.ConnectionString}",
        $"--Auth:SigningKeys:Path={Path.Combine(_folder, "keys")}",
        "--Demo:Enabled=false",
        "--Cache:Enabled=false",
        "--Database:MigrateOnStart=false",
    ];

    [Fact]
    public async Task Each_firing_of_a_cron_job_runs_exactly_once_across_the_processes_that_run_the_worker_and_survives_losing_one()
    {
        var instances = TestDatabase.IsPostgres ? 2 : 1;
        for (var i = 0; i < instances; i++)
        {
            // One after the other, as instances are rolled out: the second finds the schedule the first stored.
            var process = InkwellProcess.Start($"worker-{i + 1}", FreePort.Next(), _folder,
                ["--target", "all", .. Settings, "--Worker:Schedules:trending-tags=0/1 * * * * ?", "--Worker:Cluster:CheckinInterval=00:00:01"]);
            _processes.Add(process);
            await process.WaitUntilReadyAsync(ServicesCluster.StartTimeout);
        }

        await FiringsSinceAsync(DateTime.UtcNow, Firings);
        if (TestDatabase.IsPostgres)
        {
            // Both are members of the cluster, checking in: each could take any firing.
            await Eventually.HoldsAsync(async () => await CountAsync("SELECT count(*) FROM worker_qrtz_scheduler_state") == 2, Deadline, "two cluster members");

            // The instance that ran the last firing is the one holding the next; killed, the cluster hands its firings to the other.
            var last = await TextAsync("SELECT \"Instance\" FROM worker_scheduled_runs ORDER BY \"StartedAt\" DESC LIMIT 1");
            var holder = _processes.Single(p => last.Split('-')[^2] == p.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            holder.Kill();
            await FiringsSinceAsync(DateTime.UtcNow, Firings);
        }

        foreach (var process in _processes.Where(p => !p.HasExited))
        {
            process.Kill();
        }

        var runs = await CountAsync("SELECT count(*) FROM worker_scheduled_runs WHERE \"Job\" = 'trending-tags'");
        var firings = await CountAsync("SELECT count(DISTINCT \"ScheduledFor\") FROM worker_scheduled_runs WHERE \"Job\" = 'trending-tags'");
        Assert.True(firings >= Firings * instances, $"{firings} firings");
        Assert.Equal(firings, runs);
    }

    private Task FiringsSinceAsync(DateTime start, int count) => Eventually.HoldsAsync(
        async () => await CountAsync($"SELECT count(DISTINCT \"ScheduledFor\") FROM worker_scheduled_runs WHERE \"Job\" = 'trending-tags' AND \"StartedAt\" > {Timestamp(start)}") >= count,
        Deadline, $"{count} firings of trending-tags", () => string.Join("\n", _processes.Select(p => p.Output)));

    public async Task InitializeAsync()
    {
        var keys = Directory.CreateDirectory(Path.Combine(_folder, "keys"));
        using (var rsa = RSA.Create(2048))
        {
            await File.WriteAllTextAsync(Path.Combine(keys.FullName, "cron.pem"), rsa.ExportPkcs8PrivateKeyPem());
        }

        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "migrate", .. Settings])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        using var migrate = Process.Start(start)!;
        var output = migrate.StandardOutput.ReadToEndAsync();
        var errors = migrate.StandardError.ReadToEndAsync();
        await migrate.WaitForExitAsync(new CancellationTokenSource(ServicesCluster.StartTimeout).Token);
        Assert.True(migrate.ExitCode == 0, $"{await output}\n{await errors}");
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        _database.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Timestamp(DateTime utc) => TestDatabase.IsPostgres
        ? $"'{utc:yyyy-MM-dd HH:mm:ss.ffffff}'::timestamp"
        : $"'{utc:yyyy-MM-dd HH:mm:ss.fffffff}'";

    private async Task<long> CountAsync(string sql) =>
        Convert.ToInt64(await ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> TextAsync(string sql) => Convert.ToString(await ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture)!;

    private async Task<object?> ScalarAsync(string sql)
    {
        if (TestDatabase.IsPostgres)
        {
            await using var connection = new NpgsqlConnection(_database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            return await command.ExecuteScalarAsync();
        }

        await using var sqlite = new SqliteConnection($"Data Source={Path.Combine(_folder, "inkwell.db")};Pooling=False");
        await sqlite.OpenAsync();
        await using var query = new SqliteCommand(sql, sqlite);
        return await query.ExecuteScalarAsync();
    }
}
