using Inkwell.Platform.Seeding;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Inkwell.Cli.Seed;

/// <summary>A Spectre.Console progress bar per table, for an interactive terminal.</summary>
internal sealed class LiveSeedProgress(ProgressContext context) : RecordingSeedProgress
{
    public static Progress Create() => AnsiConsole.Progress()
        .AutoClear(false)
        .Columns(
            new TaskDescriptionColumn(),
            new ProgressBarColumn(),
            new PercentageColumn(),
            new RowsColumn(),
            new RowsPerSecondColumn(),
            new ElapsedTimeColumn());

    protected override ISeedTableProgress Show(string table, long expectedRows) =>
        new Bar(context.AddTask(table, maxValue: Math.Max(expectedRows, 1)));

    private sealed class Bar(ProgressTask task) : ISeedTableProgress
    {
        public void Advance(long rows) => task.Increment(rows);

        public void Complete(long rows)
        {
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }

    private sealed class RowsColumn : ProgressColumn
    {
        protected override bool NoWrap => true;

        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text($"{task.Value:N0} rows", new Style(Color.Grey));
    }

    /// <summary>The current rate while loading; the table's average once it is done.</summary>
    private sealed class RowsPerSecondColumn : ProgressColumn
    {
        protected override bool NoWrap => true;

        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var rate = task.IsFinished
                ? task.Value / Math.Max(task.ElapsedTime?.TotalSeconds ?? 0, 0.001)
                : task.Speed ?? 0;
            return new Text($"{rate:N0} rows/s", new Style(Color.Aqua));
        }
    }
}
