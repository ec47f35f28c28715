using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Inkwell.Cli.Transfer.Json;

/// <summary>
/// A JSON array with one object per line: readable, diffable, and a line number in an import's report points at the
/// row. Tags are an array of strings, times ISO 8601 strings, absent values null.
/// </summary>
internal sealed class JsonRowWriter(TextWriter output) : IRowWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private Utf8JsonWriter? _json;
    private bool _first = true;

    public void Begin(IReadOnlyList<Column> columns) => output.Write('[');

    public void Write(IReadOnlyList<Column> columns, object?[] values)
    {
        _buffer.ResetWrittenCount();
        if (_json is null)
        {
            _json = new Utf8JsonWriter(_buffer, TransferJson.Writer);
        }
        else
        {
            _json.Reset(_buffer);
        }

        _json.WriteStartObject();
        for (var i = 0; i < columns.Count; i++)
        {
            _json.WritePropertyName(columns[i].Name);
            switch (values[i])
            {
                case null:
                    _json.WriteNullValue();
                    break;
                case IReadOnlyList<string?> tags:
                    _json.WriteStartArray();
                    foreach (var tag in tags)
                    {
                        _json.WriteStringValue(tag);
                    }

                    _json.WriteEndArray();
                    break;
                default:
                    _json.WriteStringValue(FieldValues.Format(columns[i], values[i]));
                    break;
            }
        }

        _json.WriteEndObject();
        _json.Flush();
        output.Write(_first ? "\n" : ",\n");
        output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _first = false;
    }

    public void End() => output.Write(_first ? "]\n" : "\n]\n");
}
