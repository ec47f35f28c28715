using Inkwell.Platform.Transfer;

namespace Inkwell.Cli.Transfer;

/// <summary>What export and import move: <c>users</c>, <c>articles</c> or <c>comments</c>, whatever the record type.</summary>
internal interface ITransferKind
{
    string Name { get; }

    /// <summary>The module that owns the rows, which the process must run.</summary>
    string Module { get; }

    IReadOnlyList<Column> Columns { get; }

    Task<int> ExportAsync(ExportRun run);

    Task<int> ImportAsync(ImportRun run);
}

/// <summary>
/// A kind of row and its record type: how its record reads as column values and back, and which module contract
/// exports and imports it. Column values are strings, tag lists and UTC times (<see cref="ColumnType"/>).
/// </summary>
internal abstract class TransferKind<TRecord> : ITransferKind
    where TRecord : class
{
    public abstract string Name { get; }

    public abstract string Module { get; }

    public abstract IReadOnlyList<Column> Columns { get; }

    /// <summary>The record's values in the order of <see cref="Columns"/>.</summary>
    public abstract object?[] Values(TRecord record);

    /// <summary>The record of values in the order of <see cref="Columns"/>, each of its column's type or null.</summary>
    public abstract TRecord FromValues(object?[] values);

    /// <summary>The values that must be unique among rows of this kind, as (column, value).</summary>
    public abstract IEnumerable<(string Field, string Value)> UniqueKeys(TRecord record);

    /// <summary>Every row, oldest first, from the module's contract in <paramref name="scope"/>; null when the module is not there.</summary>
    public abstract IAsyncEnumerable<TRecord>? Export(IServiceProvider scope, CancellationToken cancellationToken);

    public abstract Task<BatchOutcome> ImportAsync(IServiceProvider scope, IReadOnlyList<TRecord> rows, ImportMode mode, CancellationToken cancellationToken);

    /// <summary>Whether the process runs the module, checked before any row is read.</summary>
    public abstract bool IsAvailable(IServiceProvider scope);

    public Task<int> ExportAsync(ExportRun run) => Exporter<TRecord>.RunAsync(this, run);

    public Task<int> ImportAsync(ImportRun run) => Importer<TRecord>.RunAsync(this, run);
}
