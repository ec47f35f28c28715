using Inkwell.Platform.Api;
using Inkwell.Platform.Transfer;

namespace Inkwell.Cli.Transfer;

/// <summary>
/// The rows of one batch: each is read into its record (or refused with its line: unreadable, a wrong type, a key
/// repeated in the file), then the module checks the batch and writes it in one transaction only if no row at all was
/// refused. A bad row never leaves a half-imported batch.
/// </summary>
internal sealed class ImportBatch<TRecord>(TransferKind<TRecord> kind, ImportRun run, ImportTally tally)
    where TRecord : class
{
    private readonly List<(long Line, TRecord Record)> _candidates = [];
    private readonly List<(long Line, string Reason)> _rejected = [];
    private readonly Dictionary<string, long> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _columns = [.. kind.Columns.Select(c => c.Name)];
    private readonly SeenKeys? _earlier = run.DryRun ? new SeenKeys() : null;
    private long _firstLine;
    private long _lastLine;

    public int Rows { get; private set; }

    public void Add(SourceRow row)
    {
        if (Rows++ == 0)
        {
            _firstLine = row.Line;
        }

        _lastLine = row.Line;
        if (Read(row) is { } problem)
        {
            _rejected.Add((row.Line, problem));
        }
    }

    /// <summary>Sends the batch to the module and counts what became of its rows.</summary>
    public async Task FlushAsync()
    {
        if (Rows == 0)
        {
            return;
        }

        var mode = run.DryRun || _rejected.Count > 0 ? ImportMode.Check : ImportMode.Write;
        var outcome = new BatchOutcome([], Written: false);
        if (_candidates.Count > 0)
        {
            await using var scope = run.Services.CreateAsyncScope();
            outcome = await kind.ImportAsync(scope.ServiceProvider, [.. _candidates.Select(c => c.Record)], mode, run.CancellationToken);
        }

        _rejected.AddRange(outcome.Rejections.Select(r => (_candidates[r.Index].Line, r.Reason)));
        foreach (var (line, reason) in _rejected.OrderBy(r => r.Line))
        {
            tally.Reject(line, reason);
        }

        if (outcome.Written || _rejected.Count == 0)
        {
            tally.Imported += _candidates.Count;
            foreach (var (key, line) in _keys)
            {
                _earlier?.Add(key, line);
            }
        }
        else
        {
            var refused = _rejected.Count;
            tally.LeaveOut(_firstLine, _lastLine, Rows - refused, $"its batch held {refused} rejected row{(refused == 1 ? "" : "s")}");
        }

        Clear();
    }

    /// <summary>The rows read but never sent, when the file stops being readable part-way through a batch.</summary>
    public void Abandon(string reason)
    {
        foreach (var (line, problem) in _rejected.OrderBy(r => r.Line))
        {
            tally.Reject(line, problem);
        }

        tally.LeaveOut(_firstLine, _lastLine, _candidates.Count, reason);
        Clear();
    }

    private string? Read(SourceRow row)
    {
        if (row.Problem is not null)
        {
            return row.Problem;
        }

        if (row.Fields.Keys.FirstOrDefault(name => !_columns.Contains(name)) is { } unknown)
        {
            return $"has the unknown field '{unknown}' ({kind.Name} have {TransferKinds.Describe(kind)})";
        }

        var errors = new ValidationErrors();
        var values = new object?[kind.Columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var column = kind.Columns[i];
            values[i] = row.Fields.TryGetValue(column.Name, out var field) ? FieldValues.Read(column, field, errors) : null;
        }

        if (errors.Any)
        {
            return errors.ToResponse().Describe();
        }

        var record = kind.FromValues(values);
        var keys = kind.UniqueKeys(record).Select(k => (k.Field, k.Value, Key: $"{k.Field}\0{k.Value}")).ToList();
        foreach (var (field, value, key) in keys)
        {
            if (_keys.TryGetValue(key, out var line) || (_earlier?.TryFind(key, out line) ?? false))
            {
                return $"{field} '{value}' is also on line {line}";
            }
        }

        foreach (var (_, _, key) in keys)
        {
            _keys[key] = row.Line;
        }

        _candidates.Add((row.Line, record));
        return null;
    }

    private void Clear()
    {
        _candidates.Clear();
        _rejected.Clear();
        _keys.Clear();
        Rows = 0;
    }
}
