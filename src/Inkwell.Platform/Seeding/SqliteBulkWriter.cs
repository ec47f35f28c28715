using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Platform.Seeding;

/// <summary>
/// One prepared INSERT reused for every row, committed every <see cref="BatchRows"/> rows: SQLite's cost
/// is per transaction and per statement compile, not per row. Durability is relaxed during the load only.
/// </summary>
internal sealed class SqliteBulkWriter : BulkWriter
{
    public const int BatchRows = 50_000;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _parameters;
    private readonly (string Name, string Value)[] _restorePragmas;
    private SqliteTransaction _transaction;
    private int _column;

    private SqliteBulkWriter(DbContext db, SqliteConnection connection, BulkTable table, ISeedTableProgress progress)
        : base(db, table, progress)
    {
        _connection = connection;
        _restorePragmas = [("synchronous", Pragma("synchronous")), ("cache_size", Pragma("cache_size"))];
        // A lost load is simply run again, so the load skips fsync; a large cache keeps index pages in memory.
        Execute("PRAGMA synchronous = OFF");
        Execute("PRAGMA cache_size = -262144");

        var columns = string.Join(", ", table.Columns.Select(Quote));
        var values = string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"));
        _insert = new SqliteCommand($"INSERT INTO {Quote(table.Name)} ({columns}) VALUES ({values})", connection);
        _parameters = table.Columns.Select((_, i) => _insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        _transaction = connection.BeginTransaction();
        _insert.Transaction = _transaction;
        _insert.Prepare();
    }

    public static BulkWriter Open(DbContext db, SqliteConnection connection, BulkTable table, ISeedTableProgress progress) =>
        new SqliteBulkWriter(db, connection, table, progress);

    public override void StartRow() => _column = 0;

    public override void Write(long value) => _parameters[_column++].Value = value;

    public override void Write(int value) => _parameters[_column++].Value = value;

    public override void Write(string? value) => _parameters[_column++].Value = (object?)value ?? DBNull.Value;

    // The text form EF Core's SQLite provider writes and reads for DateTime.
    public override void Write(DateTime value) =>
        _parameters[_column++].Value = value.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture);

    public override void Write(IReadOnlyList<string> values) => _parameters[_column++].Value = JsonSerializer.Serialize(values);

    protected override void FinishRow()
    {
        _insert.ExecuteNonQuery();
        if ((Rows + 1) % BatchRows == 0)
        {
            _transaction.Commit();
            _transaction.Dispose();
            _transaction = _connection.BeginTransaction();
            _insert.Transaction = _transaction;
        }
    }

    protected override Task FinishAsync(CancellationToken cancellationToken)
    {
        // AUTOINCREMENT ids need nothing more: SQLite moves its sequence past explicit ids as they are inserted.
        _transaction.Commit();
        Execute($"ANALYZE {Quote(Table.Name)}");
        return Task.CompletedTask;
    }

    protected override ValueTask ReleaseAsync(bool completed)
    {
        _transaction.Dispose();
        _insert.Dispose();
        foreach (var (name, value) in _restorePragmas)
        {
            Execute($"PRAGMA {name} = {value}");
        }

        return ValueTask.CompletedTask;
    }

    private string Pragma(string name)
    {
        using var command = new SqliteCommand($"PRAGMA {name}", _connection);
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }

    private void Execute(string sql)
    {
        using var command = new SqliteCommand(sql, _connection);
        command.ExecuteNonQuery();
    }
}
