using System.Diagnostics;
using Inkwell.Platform.Seeding;

namespace Inkwell.Cli.Seed;

public sealed record SeedTableResult(string Table, long Rows, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : 0;
}

/// <summary>Times every table's load for the summary, and hands the counting to a display.</summary>
internal abstract class RecordingSeedProgress : ISeedProgress
{
    private readonly List<SeedTableResult> _results = [];

    public IReadOnlyList<SeedTableResult> Results
    {
        get
        {
            lock (_results)
            {
                return [.. _results];
            }
        }
    }

    public ISeedTableProgress StartTable(string table, long expectedRows) =>
        new Recorder(this, table, Stopwatch.StartNew(), Show(table, expectedRows));

    protected abstract ISeedTableProgress Show(string table, long expectedRows);

    private sealed class Recorder(RecordingSeedProgress owner, string table, Stopwatch stopwatch, ISeedTableProgress display) : ISeedTableProgress
    {
        public void Advance(long rows) => display.Advance(rows);

        public void Complete(long rows)
        {
            lock (owner._results)
            {
                owner._results.Add(new SeedTableResult(table, rows, stopwatch.Elapsed));
            }

            display.Complete(rows);
        }
    }
}
