namespace Inkwell.Cli.Transfer.Csv;

/// <summary>
/// Writes CSV as RFC 4180 defines it: CRLF between records, and a field quoted (its quotes doubled) when it holds a
/// comma, a quote or a line break, or starts or ends with a space a reader might trim.
/// </summary>
internal sealed class CsvWriter(TextWriter output)
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public void WriteRecord(IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                output.Write(',');
            }

            first = false;
            WriteField(field ?? "");
        }

        output.Write("\r\n");
    }

    private void WriteField(string field)
    {
        if (field.IndexOfAny(NeedsQuotes) < 0 && !(field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]))))
        {
            output.Write(field);
            return;
        }

        output.Write('"');
        output.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        output.Write('"');
    }
}
