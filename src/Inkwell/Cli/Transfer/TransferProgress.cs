using Spectre.Console;

namespace Inkwell.Cli.Transfer;

/// <summary>
/// A live progress bar for export and import on an interactive terminal; elsewhere the work runs without one, so a
/// log or a pipe gets the summary and nothing else.
/// </summary>
internal static class TransferProgress
{
    /// <summary>Report how far the work has got: a value out of <c>total</c> (bytes of the file, or rows) and what to say about it.</summary>
    public delegate void Report(long value, string description);

    public static async Task RunAsync(Terminal terminal, bool show, long? total, Func<Report, Task> work)
    {
        if (!show)
        {
            await work((_, _) => { });
            return;
        }

        await terminal.Out.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: Math.Max(total ?? 1, 1));
                task.IsIndeterminate = total is null;
                await work((value, description) =>
                {
                    task.Value = total is null ? 0 : value;
                    task.Description = Markup.Escape(description);
                });
                task.Value = task.MaxValue;
                task.StopTask();
            });
    }
}
