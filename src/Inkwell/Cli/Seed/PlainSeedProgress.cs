using System.Diagnostics;
using Inkwell.Platform.Seeding;

namespace Inkwell.Cli.Seed;

/// <summary>Progress as plain lines every few seconds, for logs and pipes where a live bar would be noise.</summary>
internal sealed class PlainSeedProgress(TextWriter output, TimeSpan interval) : RecordingSeedProgress
{
    protected override ISeedTableProgress Show(string table, long expectedRows)
    {
        output.WriteLine($"{table}: loading {expectedRows:N0} rows");
        return new Lines(output, table, expectedRows, interval);
    }

    private sealed class Lines : ISeedTableProgress
    {
        private readonly TextWriter _output;
        private readonly string _table;
        private readonly long _expected;
        private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
        private readonly Timer _timer;
        private long _rows;
        private bool _done;

        public Lines(TextWriter output, string table, long expected, TimeSpan interval)
        {
            (_output, _table, _expected) = (output, table, expected);
            _timer = new Timer(_ => Report(), null, interval, interval);
        }

        public void Advance(long rows) => Interlocked.Add(ref _rows, rows);

        public void Complete(long rows)
        {
            lock (_timer)
            {
                _done = true;
            }

            _timer.Dispose();
            var seconds = _stopwatch.Elapsed.TotalSeconds;
            _output.WriteLine($"{_table}: done, {rows:N0} rows in {seconds:N2} s ({rows / Math.Max(seconds, 0.001):N0} rows/s)");
        }

        private void Report()
        {
            var rows = Interlocked.Read(ref _rows);
            var percent = _expected > 0 ? 100.0 * rows / _expected : 100;
            var rate = rows / Math.Max(_stopwatch.Elapsed.TotalSeconds, 0.001);
            lock (_timer)
            {
                // A tick already under way when the table finished must not report after its "done" line.
                if (!_done)
                {
                    _output.WriteLine($"{_table}: {rows:N0} / {_expected:N0} rows ({percent:N0}%), {rate:N0} rows/s");
                }
            }
        }
    }
}
