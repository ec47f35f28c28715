using System.Diagnostics;
using Inkwell.Tests.Infrastructure;
using Npgsql;

namespace Inkwell.Tests.Seeding;

/// <summary><c>inkwell seed</c> run as a process, on the test engine (SQLite, or PostgreSQL when configured).</summary>
public sealed class SeedCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inkwell-seed").FullName;
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Seed_fills_an_empty_database_prints_a_summary_and_refuses_to_seed_it_again()
    {
        string[] plan = ["--users", "6", "--celebrities", "1", "--follows", "10", "--tags", "8", "--articles", "30", "--favorites", "40", "--comments", "12"];

        var (exitCode, stdout, stderr) = await RunAsync(["seed", .. plan]);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("content_favorites: done, 40 rows", stdout, StringComparison.Ordinal);
        Assert.Contains("rows/s", stdout, StringComparison.Ordinal);
        Assert.Contains("identity_users", stdout, StringComparison.Ordinal);
        Assert.Equal(30L, await CountAsync("content_articles"));
        Assert.Equal(40L, await CountAsync("content_favorites"));

        (exitCode, _, stderr) = await RunAsync(["seed", .. plan]);

        Assert.Equal(2, exitCode);
        Assert.Contains("The database already has data (in identity_users, content_articles, content_tags)", stderr, StringComparison.Ordinal);
        Assert.Equal(30L, await CountAsync("content_articles"));
    }

    [Fact]
    public async Task An_impossible_plan_exits_with_code_2_before_touching_the_database()
    {
        var (exitCode, _, stderr) = await RunAsync("seed", "--users", "3", "--celebrities", "5");

        Assert.Equal(2, exitCode);
        Assert.Contains("--celebrities (5) can't exceed --users (3).", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_data_set_exits_with_code_2()
    {
        var (exitCode, _, stderr) = await RunAsync("seed", "--dataset", "huge");

        Assert.Equal(2, exitCode);
        Assert.Contains("huge", stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<long> CountAsync(string table)
    {
        if (TestDatabase.IsPostgres)
        {
            await using var postgres = new NpgsqlConnection(_database.ConnectionString);
            await postgres.OpenAsync();
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", postgres);
            return (long)(await command.ExecuteScalarAsync())!;
        }

        await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder, "inkwell.db")};Pooling=False");
        await sqlite.OpenAsync();
        await using var query = new Microsoft.Data.Sqlite.SqliteCommand($"SELECT count(*) FROM {table}", sqlite);
        return (long)(await query.ExecuteScalarAsync())!;
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments)
    {
        string[] database = [$"--Storage:DataPath={_folder}", $"--Database:Provider={_database.Provider}", $"--ConnectionStrings:Inkwell={_database.ConnectionString}"];
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, .. arguments, .. database])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = _folder,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
