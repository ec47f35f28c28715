namespace Inkwell.Cli.Transfer;

/// <summary>
/// A row as a file holds it: the line it starts on, its fields by column name, or why it could not be read as a row
/// (a CSV record with too few fields, bytes that are not UTF-8, a JSON value that is not an object).
/// </summary>
internal sealed record SourceRow(long Line, IReadOnlyDictionary<string, RawField> Fields, string? Problem = null)
{
    public static SourceRow Unreadable(long line, string problem) => new(line, new Dictionary<string, RawField>(), problem);
}

/// <summary>Rows read one at a time from a file, so memory holds one row whatever the file's size.</summary>
internal interface IRowSource : IAsyncDisposable
{
    /// <summary>The CSV header, or the fields of the first JSON object: what tells which kind of rows the file holds.</summary>
    Task<IReadOnlyList<string>> FieldNamesAsync(CancellationToken cancellationToken);

    IAsyncEnumerable<SourceRow> RowsAsync(CancellationToken cancellationToken);

    /// <summary>Bytes read so far, for the progress bar.</summary>
    long Position { get; }
}

/// <summary>The file cannot be read from this line on (a quote never closed, JSON that does not parse): the import stops here.</summary>
internal sealed class TransferFileException(long line, string message) : Exception(message)
{
    public long Line { get; } = line;
}
