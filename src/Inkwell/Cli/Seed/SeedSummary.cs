using Spectre.Console;

namespace Inkwell.Cli.Seed;

/// <summary>The table printed when seeding ends: rows, seconds and rows per second for each table.</summary>
internal static class SeedSummary
{
    public static void Write(IReadOnlyList<SeedTableResult> results, TimeSpan total)
    {
        var table = new Table().Title("Seeded").AddColumns("table", "rows", "seconds", "rows/s");
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }

        foreach (var result in results)
        {
            table.AddRow(result.Table, $"{result.Rows:N0}", $"{result.Elapsed.TotalSeconds:N1}", $"{result.RowsPerSecond:N0}");
        }

        var rows = results.Sum(r => r.Rows);
        table.AddRow("[bold]total[/] (with migrations)", $"[bold]{rows:N0}[/]", $"[bold]{total.TotalSeconds:N1}[/]",
            $"[bold]{rows / Math.Max(total.TotalSeconds, 0.001):N0}[/]");
        AnsiConsole.Write(table);
    }
}
