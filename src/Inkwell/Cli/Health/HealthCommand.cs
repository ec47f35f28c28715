using System.CommandLine;
using System.Globalization;
using Inkwell.Platform.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Spectre.Console;

namespace Inkwell.Cli.Health;

/// <summary>
/// <c>inkwell health</c>: checks every engine the configuration sets for the target's modules, once, and prints a
/// table. Each module's database: reachable, and no migration pending. Redis (<c>Cache:Redis</c>) and RabbitMQ
/// (<c>Bus:RabbitMq</c>), when set: a TCP connection. Exit code 0 when everything is healthy, 1 otherwise.
/// </summary>
internal static class HealthCommand
{
    private static readonly (string Name, string Key, int DefaultPort)[] Engines = [("redis", "Cache:Redis", 6379), ("rabbitmq", "Bus:RabbitMq", 5672)];

    public static Command Create()
    {
        var health = new Command("health", "Check every configured engine (databases, migrations, Redis, RabbitMQ) and print a table.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        health.SetAction((parseResult, cancellationToken) =>
        {
            var terminal = Terminal.For(parseResult);

            // Health reports pending migrations; it must not apply them.
            return CommandHost.RunAsync(parseResult, terminal, async command =>
            {
                // The first run of a check pays for building its module's EF Core model, a second or so; the table shows
                // a second run, whose latency is the engine's.
                var checks = command.Services.GetRequiredService<HealthCheckService>();
                await checks.CheckHealthAsync(check => check.Tags.Contains(HealthEndpoints.EngineTag), cancellationToken);
                var report = await checks.CheckHealthAsync(check => check.Tags.Contains(HealthEndpoints.EngineTag), cancellationToken);
                var entries = report.Entries.Select(e => (Name: e.Key, Entry: e.Value)).ToList();
                foreach (var (name, key, port) in Engines)
                {
                    if (command.Configuration[key] is not { Length: > 0 } value)
                    {
                        continue;
                    }

                    entries.Add((name, EngineEndpoint.Parse(value, port) is { } endpoint
                        ? await TcpProbe.CheckAsync(endpoint, cancellationToken)
                        : new HealthReportEntry(HealthStatus.Unhealthy, $"{key} names no host", TimeSpan.Zero, null, null)));
                }

                Write(terminal, entries);
                return entries.All(e => e.Entry.Status == HealthStatus.Healthy) ? ExitCodes.Ok : ExitCodes.Failed;
            }, cancellationToken, migrate: false);
        });
        return health;
    }

    private static void Write(Terminal terminal, List<(string Name, HealthReportEntry Entry)> entries)
    {
        var table = new Table().AddColumns("check", "status", "latency", "detail");
        table.Columns[2].RightAligned();
        foreach (var (name, entry) in entries)
        {
            var status = entry.Status switch
            {
                HealthStatus.Healthy => "[green]healthy[/]",
                HealthStatus.Degraded => "[yellow]degraded[/]",
                _ => "[red]unhealthy[/]",
            };
            var detail = entry.Description ?? entry.Exception?.Message ?? "";
            table.AddRow(Markup.Escape(name), status, $"{entry.Duration.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture)} ms", Markup.Escape(detail));
        }

        terminal.Out.Write(table);
        var unhealthy = entries.Count(e => e.Entry.Status != HealthStatus.Healthy);
        terminal.Out.WriteLine(unhealthy == 0 ? $"All {entries.Count} checks healthy." : $"{unhealthy} of {entries.Count} checks not healthy.");
    }
}
