using System.Diagnostics;
using System.Text;
using Spectre.Console;

namespace Inkwell.Cli.Transfer;

/// <summary>
/// Writes every row of a kind to a file or standard output as the module streams them: one row in memory at a time,
/// whatever the table's size. A file left half-written by a failure is deleted.
/// </summary>
internal static class Exporter<TRecord>
    where TRecord : class
{
    public static async Task<int> RunAsync(TransferKind<TRecord> kind, ExportRun run)
    {
        var terminal = run.Terminal;
        await using var scope = run.Services.CreateAsyncScope();
        if (kind.Export(scope.ServiceProvider, run.CancellationToken) is not { } rows)
        {
            return terminal.Fail(ExitCodes.BadArguments, $"Exporting {kind.Name} needs the {kind.Module} module, which this process's --target does not run.");
        }

        var stopwatch = Stopwatch.StartNew();
        long count = 0;
        var completed = false;
        var output = run.OutPath is null
            ? terminal.OpenDataOutput()
            : new StreamWriter(new FileStream(run.OutPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), new UTF8Encoding(false), 1 << 16);
        try
        {
            var writer = RowWriters.For(run.Format, output);
            writer.Begin(kind.Columns);

            // Progress is drawn on the terminal's output, so only when the rows go to a file.
            await TransferProgress.RunAsync(terminal, terminal.IsInteractive && run.OutPath is not null, total: null, async report =>
            {
                await foreach (var record in rows)
                {
                    writer.Write(kind.Columns, kind.Values(record));
                    if (++count % 1000 == 0)
                    {
                        report(count, $"{kind.Name}: {count:N0} rows");
                    }
                }
            });

            writer.End();
            await output.FlushAsync(run.CancellationToken);
            completed = true;
        }
        finally
        {
            if (run.OutPath is not null)
            {
                await output.DisposeAsync();
                if (!completed)
                {
                    File.Delete(run.OutPath);
                }
            }
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var where = run.OutPath ?? "standard output";
        var summary = $"Exported {count:N0} {kind.Name} to {where} in {seconds:N1} s ({count / Math.Max(seconds, 0.001):N0} rows/s).";

        // With the rows on standard output, the summary goes to the error output so the data stays clean.
        if (run.OutPath is null)
        {
            await terminal.Error.WriteLineAsync(summary);
        }
        else
        {
            terminal.Out.WriteLine(summary);
        }

        return ExitCodes.Ok;
    }
}
