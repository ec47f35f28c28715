using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Platform;

/// <summary>The real binary, started as an operator would start it.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inkwell-cli").FullName;

    [Fact]
    public async Task An_unknown_target_exits_with_code_2_and_names_the_valid_targets()
    {
        var (exitCode, _, stderr) = await RunAsync("--target", "nonsense");

        Assert.Equal(2, exitCode);
        Assert.Contains("Unknown target 'nonsense'. Valid targets: all, identity, content, web, worker, gateway.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_worker_alone_without_the_address_of_the_modules_it_calls_exits_with_code_2_and_says_what_to_set()
    {
        var (exitCode, _, stderr) = await RunAsync("--target", "worker", $"--Storage:DataPath={_folder}", "--Services:ClientSecret=" + new string('s', 40));

        Assert.Equal(2, exitCode);
        Assert.Contains("The worker module runs without the identity module", stderr, StringComparison.Ordinal);
        Assert.Contains("set Services:Identity or Services:Gateway", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_worker_alone_without_its_service_secret_exits_with_code_2_and_says_what_to_set()
    {
        var (exitCode, _, stderr) = await RunAsync("--target", "worker", $"--Storage:DataPath={_folder}", "--Services:Gateway=http://127.0.0.1:9");

        Assert.Equal(2, exitCode);
        Assert.Contains("set Services:ClientSecret to the secret Identity has for it at Auth:ServiceClients:worker:Secret", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identity_with_a_service_client_secret_too_short_to_be_safe_exits_with_code_2()
    {
        var (exitCode, _, stderr) = await RunAsync(
            "--target", "identity", $"--Storage:DataPath={_folder}", "--Auth:ServiceClients:worker:Secret=short", "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Contains("Auth:ServiceClients:worker:Secret must be at least 32 characters", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_website_alone_without_the_address_of_the_modules_it_calls_exits_with_code_2_and_says_what_to_set()
    {
        var (exitCode, _, stderr) = await RunAsync(
            "--target", "web", $"--Storage:DataPath={_folder}", "--Auth:JwksUrl=http://127.0.0.1:9/.well-known/jwks.json", "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Contains("set Services:Identity or Services:Gateway", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_without_instances_to_route_to_exits_with_code_2_and_says_what_to_set()
    {
        var (exitCode, _, stderr) = await RunAsync("--target", "gateway", "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Contains("Gateway:Clusters:identity:Destinations lists no instance", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_commands()
    {
        var (exitCode, stdout, _) = await RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("serve", stdout, StringComparison.Ordinal);
        Assert.Contains("migrate", stdout, StringComparison.Ordinal);
        Assert.Contains("--target", stdout, StringComparison.Ordinal);
        Assert.Contains("keys", stdout, StringComparison.Ordinal);
        foreach (var command in new[] { "users", "export", "import <file>", "config", "health", "jobs" })
        {
            Assert.Matches($@"\n\s+{command}\s{{2,}}\S", stdout);
        }
    }

    [Fact]
    public async Task A_command_group_without_its_command_exits_with_code_2()
    {
        var (exitCode, _, stderr) = await RunAsync("users", $"--Storage:DataPath={_folder}");

        Assert.Equal(2, exitCode);
        Assert.Contains("Required command was not provided", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_password_reads_the_password_from_standard_input_and_never_prints_it()
    {
        var data = $"--Storage:DataPath={_folder}";
        await RunAsync("users", "create", "quinn", "--email", "quinn@example.com", data);

        var (exitCode, stdout, stderr) = await RunWithInputAsync("correct horse staple\n", "users", "reset-password", "quinn", "--password-stdin", data);
        var (emptyExit, _, emptyError) = await RunWithInputAsync("", "users", "reset-password", "quinn", "--password-stdin", data);

        Assert.True(exitCode == 0, stderr);
        Assert.DoesNotContain("correct horse staple", stdout, StringComparison.Ordinal);
        Assert.Equal(2, emptyExit);
        Assert.Contains("standard input holds no password", emptyError, StringComparison.Ordinal);
        var (app, _) = InkwellHost.Build([data], serving: false);
        await using (app)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<Inkwell.Identity.Contracts.IAccounts>();
            Assert.True((await accounts.SignInAsync("quinn@example.com", "correct horse staple", CancellationToken.None)).Succeeded);
        }
    }

    [Fact]
    public async Task An_export_to_standard_output_is_the_data_alone_and_its_summary_goes_to_standard_error()
    {
        var data = $"--Storage:DataPath={_folder}";
        await RunAsync("users", "create", "rowan", "--email", "rowan@example.com", data);

        var (exitCode, stdout, stderr) = await RunAsync("export", "--what", "users", "--format", "json", data);

        Assert.Equal(0, exitCode);
        Assert.Equal("rowan", JsonNode.Parse(stdout)!.AsArray().Single()!["username"]!.GetValue<string>());
        Assert.Contains("Exported 1 users to standard output", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_a_file_that_does_not_exist_exits_with_code_2()
    {
        var (exitCode, _, stderr) = await RunAsync("import", Path.Combine(_folder, "missing.csv"), $"--Storage:DataPath={_folder}");

        Assert.Equal(2, exitCode);
        Assert.Contains("No file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_creates_every_module_table_in_a_new_database_and_needs_no_signing_key()
    {
        var (exitCode, stdout, _) = await RunAsync("migrate", $"--Storage:DataPath={_folder}");

        Assert.Equal(0, exitCode);
        Assert.Contains("identity", stdout, StringComparison.Ordinal);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "inkwell.db")};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('identity_users', 'content_articles')", connection);
        Assert.Equal(2L, command.ExecuteScalar());
    }

    [Fact]
    public async Task An_unknown_database_provider_exits_with_code_2_and_a_clear_message()
    {
        var (exitCode, _, stderr) = await RunAsync("migrate", "--Database:Provider=Oracle", $"--Storage:DataPath={_folder}");

        Assert.Equal(2, exitCode);
        Assert.Contains("Unsupported Database:Provider 'Oracle'. Supported: Sqlite, Postgres.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_bus_transport_exits_with_code_2_and_names_the_supported_ones()
    {
        var (exitCode, _, stderr) = await RunAsync("migrate", "--Bus:Transport=Kafka", $"--Storage:DataPath={_folder}");

        Assert.Equal(2, exitCode);
        Assert.Contains("Bus:Transport is 'Kafka'; the supported transports are: InProcess, RabbitMq.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rabbitmq_transport_without_a_broker_uri_exits_with_code_2_and_says_what_to_set()
    {
        var (exitCode, _, stderr) = await RunAsync("migrate", "--Bus:Transport=RabbitMq", "--Bus:RabbitMq=localhost:5672", $"--Storage:DataPath={_folder}");

        Assert.Equal(2, exitCode);
        Assert.Contains("Bus:RabbitMq must be the broker's AMQP URI", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serving_in_production_without_a_signing_key_stops_with_a_clear_message()
    {
        var (exitCode, _, stderr) = await RunAsync("--urls", "http://127.0.0.1:0", $"--Storage:DataPath={_folder}");

        Assert.Equal(2, exitCode);
        Assert.Contains("Auth:SigningKeys:Path is not set. Outside Development the token signing keys must come from configuration", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "keys")));
    }

    [Fact]
    public async Task Serving_with_a_key_folder_that_holds_no_key_stops_with_a_clear_message()
    {
        var keys = Directory.CreateDirectory(Path.Combine(_folder, "keys")).FullName;

        var (exitCode, _, stderr) = await RunAsync("--urls", "http://127.0.0.1:0", $"--Storage:DataPath={_folder}", $"--Auth:SigningKeys:Path={keys}");

        Assert.Equal(2, exitCode);
        Assert.Contains($"Auth:SigningKeys:Path '{keys}' holds no signing key (*.pem). Create one with `inkwell keys rotate`.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_rotate_writes_a_private_key_file_that_keys_list_shows_as_the_signing_key()
    {
        var keys = Path.Combine(_folder, "keys");

        var (rotateExit, rotated, _) = await RunAsync("keys", "rotate", $"--Auth:SigningKeys:Path={keys}");
        var (listExit, listed, _) = await RunAsync("keys", "list", $"--Auth:SigningKeys:Path={keys}");

        Assert.Equal(0, rotateExit);
        Assert.Equal(0, listExit);
        var file = Assert.Single(Directory.GetFiles(keys));
        var keyId = Path.GetFileNameWithoutExtension(file);
        Assert.Contains($"Created signing key {keyId} in {keys}.", rotated, StringComparison.Ordinal);
        Assert.Matches($@"{keyId}\s*\S\s*2048\s*\S\s*yes", listed);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task Keys_rotate_in_production_without_a_key_path_says_what_to_set()
    {
        var (exitCode, _, stderr) = await RunAsync("keys", "rotate", $"--Storage:DataPath={_folder}");

        Assert.Equal(2, exitCode);
        Assert.Contains("Auth:SigningKeys:Path is not set", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments) => RunWithInputAsync(null, arguments);

    /// <summary>Runs the binary; <paramref name="input"/>, when given, is its standard input, closed after.</summary>
    private async Task<(int ExitCode, string Stdout, string Stderr)> RunWithInputAsync(string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, .. arguments])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = input is not null,
            WorkingDirectory = _folder,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
