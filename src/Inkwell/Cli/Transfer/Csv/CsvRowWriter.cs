namespace Inkwell.Cli.Transfer.Csv;

/// <summary>A header row of column names, then one record per row.</summary>
internal sealed class CsvRowWriter(TextWriter output) : IRowWriter
{
    private readonly CsvWriter _csv = new(output);

    public void Begin(IReadOnlyList<Column> columns) => _csv.WriteRecord(columns.Select(c => c.Name));

    public void Write(IReadOnlyList<Column> columns, object?[] values) =>
        _csv.WriteRecord(columns.Select((column, i) => FieldValues.Format(column, values[i])));

    public void End()
    {
    }
}
