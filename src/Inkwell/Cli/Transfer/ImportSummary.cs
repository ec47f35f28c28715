using Spectre.Console;

namespace Inkwell.Cli.Transfer;

/// <summary>What an import prints when it ends: the counts, the first rejections with their lines, and where the rest are.</summary>
internal static class ImportSummary
{
    public static void Write(
        Terminal terminal, ITransferKind kind, ImportRun run, ImportTally tally, TransferFileException? stopped, bool failed, TimeSpan elapsed)
    {
        var console = terminal.Out;
        var counts = new Table().Title(Markup.Escape($"{(run.DryRun ? "Dry run: " : "")}{kind.Name} from {Path.GetFileName(run.FileName)}"))
            .AddColumns("rows", "count");
        counts.Columns[1].RightAligned();
        counts.AddRow("read", $"{tally.Read:N0}");
        counts.AddRow(run.DryRun ? "would be imported" : "imported", $"{tally.Imported:N0}");
        counts.AddRow("rejected", $"{tally.Rejected:N0}");
        counts.AddRow(
            stopped is null && !failed ? "not imported (in a batch with a rejected row)" : "not imported (in a batch with a rejected row, or cut short)",
            $"{tally.NotImported:N0}");
        console.Write(counts);

        if (tally.FirstRejections.Count > 0)
        {
            var rejections = new Table().Title(tally.Rejected > tally.FirstRejections.Count ? $"First {tally.FirstRejections.Count} rejections" : "Rejections")
                .AddColumns("line", "reason");
            foreach (var (line, reason) in tally.FirstRejections)
            {
                rejections.AddRow($"{line}", Markup.Escape(reason));
            }

            console.Write(rejections);
            if (run.ReportPath is not null)
            {
                console.WriteLine($"Every rejection and every batch left out is in {run.ReportPath}.");
            }
            else if (tally.Rejected > tally.FirstRejections.Count)
            {
                console.WriteLine($"{tally.Rejected - tally.FirstRejections.Count:N0} more: --report FILE lists every rejection.");
            }
        }

        if (stopped is not null)
        {
            terminal.Error.WriteLine(
                $"{run.FileName}, line {stopped.Line}: {stopped.Message} The import stopped there"
                + (run.DryRun ? "." : "; the batches before it were imported, the one it was in was not."));
        }

        if (run.DryRun)
        {
            console.WriteLine("Dry run: nothing was written.");
        }

        var seconds = elapsed.TotalSeconds;
        console.WriteLine($"{tally.Read:N0} rows in {seconds:N1} s ({tally.Read / Math.Max(seconds, 0.001):N0} rows/s).");
    }
}
