using System.Diagnostics;
using Inkwell.Tests.Services.Infrastructure;

namespace Inkwell.Tests.Caching;

/// <summary>
/// A real redis-server for a test, started and stopped by the project's own <c>scripts/redis.sh</c> on a free loopback
/// port with a folder of its own (the script installs Redis when missing), so a test may stop it without touching any
/// other test's server. Or, for tests that leave it running, the one <c>INKWELL_TEST_REDIS</c> names (scripts/test.sh
/// starts it), shared and never stopped.
/// </summary>
public sealed class TestRedis : IAsyncDisposable
{
    public const string Variable = "INKWELL_TEST_REDIS";

    private readonly int _port;
    private readonly string? _folder;

    private TestRedis(string configuration, int port, string? folder)
    {
        Configuration = configuration;
        _port = port;
        _folder = folder;
    }

    /// <summary>What <c>Cache:Redis</c> is set to.</summary>
    public string Configuration { get; }

    /// <summary>The shared server when there is one, else a private one.</summary>
    public static async Task<TestRedis> SharedOrPrivateAsync() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } shared ? new TestRedis(shared, 0, null) : await PrivateAsync();

    /// <summary>A server of this test's own, which it may stop and start again.</summary>
    public static async Task<TestRedis> PrivateAsync()
    {
        var port = FreePort.Next();
        var folder = Directory.CreateTempSubdirectory("inkwell-redis").FullName;
        var redis = new TestRedis($"127.0.0.1:{port}", port, folder);
        await redis.StartAsync();
        return redis;
    }

    public Task StartAsync() => RunScriptAsync("start");

    public Task StopAsync() => RunScriptAsync("stop");

    public async ValueTask DisposeAsync()
    {
        if (_folder is null)
        {
            return;
        }

        await StopAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task RunScriptAsync(string command)
    {
        if (_folder is null)
        {
            throw new InvalidOperationException("The shared Redis belongs to the test run; start a private one to stop it.");
        }

        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "scripts", "redis.sh"), command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["INKWELL_REDIS_PORT"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["INKWELL_REDIS_DIR"] = _folder;
        using var script = Process.Start(start)!;
        script.StandardInput.Close();
        var output = script.StandardOutput.ReadToEndAsync();
        var errors = script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(10)).Token);
        if (script.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/redis.sh {command} failed ({script.ExitCode}):\n{await output}\n{await errors}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "scripts", "redis.sh")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No scripts/redis.sh above {AppContext.BaseDirectory}.");
    }
}
