using Inkwell.Cli.Transfer.Csv;
using Inkwell.Cli.Transfer.Json;

namespace Inkwell.Cli.Transfer;

/// <summary>Writes rows of column values to a file as they come, in one of the formats.</summary>
internal interface IRowWriter
{
    void Begin(IReadOnlyList<Column> columns);

    void Write(IReadOnlyList<Column> columns, object?[] values);

    void End();
}

internal static class RowWriters
{
    public static IRowWriter For(TransferFormat format, TextWriter output) => format switch
    {
        TransferFormat.Json => new JsonRowWriter(output),
        _ => new CsvRowWriter(output),
    };
}
