using System.Diagnostics;
using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Platform.Messaging;

/// <summary>Runs the built <c>inkwell</c> binary as an operator would, on a test host's database and bus settings.</summary>
public static class InkwellCommand
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        InkwellFactory factory, IEnumerable<string> bus, params string[] arguments)
    {
        // The host's database is migrated once the host has started; the folder exists from then on with SQLite only.
        _ = factory.Services;
        Directory.CreateDirectory(factory.DataPath);
        var database = factory.Database.Provider == "Postgres"
            ? new[] { "--Database:Provider=Postgres", $"--ConnectionStrings:Inkwell={factory.Database.ConnectionString}" }
            : [];
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, .. arguments,
            $"--Storage:DataPath={factory.DataPath}", "--Logging:LogLevel:Default=Warning", .. database, .. bus])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = factory.DataPath,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
