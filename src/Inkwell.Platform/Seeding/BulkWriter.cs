using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Inkwell.Platform.Seeding;

/// <summary>
/// Writes rows into one table as fast as the engine allows: binary COPY on PostgreSQL, a prepared INSERT
/// in large transactions on SQLite. Rows are <see cref="StartRow"/>, one Write per column in the table's
/// column order, <see cref="EndRow"/>. Ids are written explicitly; <see cref="CompleteAsync"/> moves the
/// id generator past them and refreshes the planner's statistics.
/// </summary>
public abstract class BulkWriter : IAsyncDisposable
{
    private const int ProgressStep = 4096;

    private readonly DbContext _db;
    private readonly ISeedTableProgress _progress;
    private bool _completed;

    protected BulkWriter(DbContext db, BulkTable table, ISeedTableProgress progress)
    {
        _db = db;
        Table = table;
        _progress = progress;
    }

    public long Rows { get; private set; }

    protected BulkTable Table { get; }

    public static async Task<BulkWriter> OpenAsync(
        DbContext db, BulkTable table, long expectedRows, ISeedProgress progress, CancellationToken cancellationToken)
    {
        var tableProgress = progress.StartTable(table.Name, expectedRows);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return db.Database.GetDbConnection() switch
            {
                NpgsqlConnection postgres => await PostgresBulkWriter.OpenAsync(db, postgres, table, tableProgress, cancellationToken),
                SqliteConnection sqlite => SqliteBulkWriter.Open(db, sqlite, table, tableProgress),
                var other => throw new NotSupportedException($"Bulk loading is not implemented for {other.GetType().Name}."),
            };
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    public abstract void StartRow();

    public abstract void Write(long value);

    public abstract void Write(int value);

    public abstract void Write(string? value);

    /// <summary>A UTC moment.</summary>
    public abstract void Write(DateTime value);

    /// <summary>A list of strings, stored as EF Core stores a primitive collection on the engine (an array, or JSON text).</summary>
    public abstract void Write(IReadOnlyList<string> values);

    public void EndRow()
    {
        FinishRow();
        Rows++;
        if (Rows % ProgressStep == 0)
        {
            _progress.Advance(ProgressStep);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await FinishAsync(cancellationToken);
        _completed = true;
        _progress.Advance(Rows % ProgressStep);
        _progress.Complete(Rows);
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync(_completed);
        await _db.Database.CloseConnectionAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract void FinishRow();

    /// <summary>Makes the rows durable, moves the id generator past the ids written and analyses the table.</summary>
    protected abstract Task FinishAsync(CancellationToken cancellationToken);

    /// <summary>Frees the engine's resources; without completion, rows not yet committed are discarded.</summary>
    protected abstract ValueTask ReleaseAsync(bool completed);

    protected static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
