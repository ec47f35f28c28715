using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Inkwell.Cli.Transfer;

/// <summary>
/// Reads a file's rows one at a time, in batches of <see cref="ImportRun.BatchSize"/>, each checked and written by the
/// module whole or not at all; then prints what happened. The exit code is 0 only if every row was imported (or, in a
/// dry run, would be).
/// </summary>
internal static class Importer<TRecord>
    where TRecord : class
{
    public static async Task<int> RunAsync(TransferKind<TRecord> kind, ImportRun run)
    {
        var terminal = run.Terminal;
        await using (var check = run.Services.CreateAsyncScope())
        {
            if (!kind.IsAvailable(check.ServiceProvider))
            {
                return terminal.Fail(ExitCodes.BadArguments, $"Importing {kind.Name} needs the {kind.Module} module, which this process's --target does not run.");
            }
        }

        var stopwatch = Stopwatch.StartNew();
        await using var tally = ImportTally.Create(run.ReportPath);
        TransferFileException? stopped = null;
        Exception? failed = null;
        await TransferProgress.RunAsync(terminal, terminal.IsInteractive, run.FileLength, async report =>
        {
            var batch = new ImportBatch<TRecord>(kind, run, tally);
            try
            {
                await foreach (var row in run.Source.RowsAsync(run.CancellationToken))
                {
                    tally.Read++;
                    batch.Add(row);
                    if (batch.Rows == run.BatchSize)
                    {
                        await batch.FlushAsync();
                        report(run.Source.Position, $"{kind.Name}: {tally.Read:N0} read, {tally.Imported:N0} imported, {tally.Rejected:N0} rejected");
                    }
                }

                await batch.FlushAsync();
            }
            catch (TransferFileException error)
            {
                stopped = error;
                batch.Abandon($"the file could not be read past line {error.Line}");
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The database refused or went away: say what was imported before it did, then fail as any command does.
                failed = error;
                batch.Abandon("the import failed during its batch");
            }
        });

        ImportSummary.Write(terminal, kind, run, tally, stopped, failed is not null, stopwatch.Elapsed);
        if (failed is not null)
        {
            ExceptionDispatchInfo.Throw(failed);
        }

        return stopped is null && tally.Rejected == 0 && tally.NotImported == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
