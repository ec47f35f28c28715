using System.Globalization;
using System.Text;
using Inkwell.Cli.Transfer.Csv;

namespace Inkwell.Cli.Transfer;

/// <summary>
/// The counts of an import, the first rejections to show, and the report of all of them, written as they happen:
/// nothing here grows with the file.
/// </summary>
internal sealed class ImportTally : IAsyncDisposable
{
    public const int Shown = 10;

    private readonly StreamWriter? _report;
    private readonly CsvWriter? _reportCsv;
    private readonly List<(long Line, string Reason)> _first = [];

    private ImportTally(string? reportPath)
    {
        if (reportPath is not null)
        {
            _report = new StreamWriter(reportPath, append: false, new UTF8Encoding(false));
            _reportCsv = new CsvWriter(_report);
            _reportCsv.WriteRecord(["lines", "outcome", "reason"]);
        }
    }

    public long Read { get; set; }

    /// <summary>Rows written; in a dry run, rows that would have been.</summary>
    public long Imported { get; set; }

    public long Rejected { get; private set; }

    /// <summary>Good rows left out because their batch held a rejected row, or because the file stopped being readable.</summary>
    public long NotImported { get; private set; }

    public IReadOnlyList<(long Line, string Reason)> FirstRejections => _first;

    public static ImportTally Create(string? reportPath) => new(reportPath);

    public void Reject(long line, string reason)
    {
        Rejected++;
        if (_first.Count < Shown)
        {
            _first.Add((line, reason));
        }

        _reportCsv?.WriteRecord([line.ToString(CultureInfo.InvariantCulture), "rejected", reason]);
    }

    public void LeaveOut(long firstLine, long lastLine, long rows, string reason)
    {
        if (rows == 0)
        {
            return;
        }

        NotImported += rows;
        _reportCsv?.WriteRecord([$"{firstLine}-{lastLine}", "not imported", reason]);
    }

    public async ValueTask DisposeAsync()
    {
        if (_report is not null)
        {
            await _report.DisposeAsync();
        }
    }
}
