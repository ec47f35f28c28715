using System.Net.Sockets;

namespace Inkwell.Tests.Cli;

/// <summary><c>inkwell health</c>: a table of every configured engine, exit code 0 only when all are healthy.</summary>
public sealed class HealthCommandTests : IDisposable
{
    private readonly CommandDatabase _database = new();

    [Fact]
    public async Task A_migrated_database_is_healthy_for_every_module()
    {
        await _database.Commands.RunAsync("migrate");

        var result = await _database.Commands.RunAsync("health");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"identity-database\s*│\s*healthy\s*│\s*[\d.,]+ ms", result.Stdout);
        Assert.Matches(@"content-migrations\s*│\s*healthy\s*│\s*[\d.,]+ ms\s*│\s*up to date", result.Stdout);
        Assert.Contains("All 8 checks healthy.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pending_migrations_are_unhealthy_and_health_does_not_apply_them()
    {
        await _database.Commands.RunAsync("migrate", "--target", "identity");

        var first = await _database.Commands.RunAsync("health");
        var second = await _database.Commands.RunAsync("health");

        Assert.Equal(1, first.ExitCode);
        Assert.Matches(@"content-migrations\s*│\s*unhealthy\s*│[^│]*│\s*\d+ migration\(s\) pending", first.Stdout);
        Assert.Matches(@"identity-migrations\s*│\s*healthy", first.Stdout);
        Assert.Equal(1, second.ExitCode);
    }

    [Fact]
    public async Task Configured_engines_are_probed_and_one_that_does_not_answer_fails_the_check()
    {
        await _database.Commands.RunAsync("migrate");
        using var broker = new TcpListener(System.Net.IPAddress.Loopback, 0);
        broker.Start();
        var listening = ((System.Net.IPEndPoint)broker.LocalEndpoint).Port;
        var closed = ClosedPort();

        var result = await _database.Commands.RunAsync(
            "health", $"--Bus:RabbitMq=amqp://guest:guest@127.0.0.1:{listening}/", $"--Cache:Redis=127.0.0.1:{closed},password=x");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches($@"rabbitmq\s*│\s*healthy\s*│[^│]*│\s*127\.0\.0\.1:{listening} accepts connections", result.Stdout);
        Assert.Matches($@"redis\s*│\s*unhealthy\s*│[^│]*│\s*127\.0\.0\.1:{closed}", result.Stdout);
        Assert.Contains("1 of 10 checks not healthy.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_is_unhealthy_and_other_commands_fail_with_code_1_and_one_line()
    {
        string[] unreachable = ["--Database:Provider=Postgres", $"--ConnectionStrings:Inkwell=Host=127.0.0.1;Port={ClosedPort()};Username=x;Timeout=3"];

        var health = await RunAsync(["health", .. unreachable]);
        var list = await RunAsync(["users", "list", .. unreachable]);

        Assert.Equal(1, health.ExitCode);
        Assert.Matches(@"identity-database\s*│\s*unhealthy", health.Stdout);
        Assert.Matches(@"content-migrations\s*│\s*unhealthy\s*│[^│]*│\s*cannot tell", health.Stdout);
        Assert.Equal(1, list.ExitCode);
        Assert.StartsWith("Failed: ", list.Stderr, StringComparison.Ordinal);
        Assert.Single(list.Stderr.Trim().Split('\n'));
    }

    public void Dispose() => _database.Dispose();

    private static async Task<CommandResult> RunAsync(string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await Inkwell.Cli.InkwellCli.RunAsync(arguments, new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
        return new CommandResult(exitCode, output.ToString(), error.ToString());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
