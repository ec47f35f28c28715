using System.Runtime.CompilerServices;
using System.Text;

namespace Inkwell.Cli.Transfer.Csv;

/// <summary>
/// Reads CSV as RFC 4180 defines it (fields separated by commas, quoted when they hold commas, quotes or line
/// breaks, a quote inside doubled), record by record from a stream: memory holds one record, however long the file.
/// The first record is the header. Every field must be UTF-8; a record that is not is refused with its line, and
/// the lines counted are the file's, so a field with line breaks moves the next record's line number on.
/// </summary>
internal sealed class CsvRowReader(Stream stream) : IRowSource
{
    /// <summary>Far more than any column allows; a longer field means a quote was left open, not a long article.</summary>
    private const int MaxFieldBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _length;
    private long _bytesBefore;
    private bool _started;
    private long _line = 1;
    private string[]? _header;

    private readonly List<string> _fields = [];
    private readonly List<int> _notUtf8 = [];
    private byte[] _field = new byte[4096];
    private int _fieldLength;
    private bool _fieldStarted;
    private bool _inQuotes;
    private bool _quoteInQuotes;
    private bool _afterClosingQuote;
    private string? _problem;
    private long _recordLine;

    public long Position => _bytesBefore + _position;

    public async Task<IReadOnlyList<string>> FieldNamesAsync(CancellationToken cancellationToken)
    {
        if (_header is not null)
        {
            return _header;
        }

        var record = await ReadRecordAsync(cancellationToken) ?? throw new TransferFileException(1, "The file is empty; it needs a header row naming its columns.");
        if (record.Problem is not null || _notUtf8.Count > 0)
        {
            throw new TransferFileException(record.Line, $"The header row cannot be read: {record.Problem ?? "it is not valid UTF-8"}.");
        }

        var names = record.Fields.Select(f => f.Trim()).ToArray();
        if (names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new TransferFileException(record.Line, $"The header names the column '{repeated.Key}' twice.");
        }

        return _header = names;
    }

    public async IAsyncEnumerable<SourceRow> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var header = await FieldNamesAsync(cancellationToken);
        while (await ReadRecordAsync(cancellationToken) is { } record)
        {
            if (record.Fields is [""] && record.Problem is null)
            {
                continue;
            }

            if (record.Problem is not null)
            {
                yield return SourceRow.Unreadable(record.Line, record.Problem);
            }
            else if (_notUtf8.Count > 0)
            {
                var columns = _notUtf8.Select(i => i < header.Count ? $"'{header[i]}'" : $"field {i + 1}");
                yield return SourceRow.Unreadable(record.Line, $"is not valid UTF-8 (in {string.Join(", ", columns)})");
            }
            else if (record.Fields.Count != header.Count)
            {
                yield return SourceRow.Unreadable(record.Line, $"has {record.Fields.Count} fields where the header has {header.Count}");
            }
            else
            {
                var fields = new Dictionary<string, RawField>(header.Count, StringComparer.Ordinal);
                for (var i = 0; i < header.Count; i++)
                {
                    fields[header[i]] = RawField.FromText(record.Fields[i]);
                }

                yield return new SourceRow(record.Line, fields);
            }
        }
    }

    public ValueTask DisposeAsync() => stream.DisposeAsync();

    private sealed record Record(long Line, List<string> Fields, string? Problem);

    private async Task<Record?> ReadRecordAsync(CancellationToken cancellationToken)
    {
        _fields.Clear();
        _notUtf8.Clear();
        _problem = null;
        _recordLine = _line;
        while (true)
        {
            if (_position == _length && !await FillAsync(cancellationToken))
            {
                return EndOfFile();
            }

            if (Consume())
            {
                return new Record(_recordLine, [.. _fields], _problem);
            }
        }
    }

    /// <summary>Reads bytes until the record ends (true) or the buffer does (false). Delimiters are ASCII, so UTF-8 needs no care here.</summary>
    private bool Consume()
    {
        while (_position < _length)
        {
            var b = _buffer[_position++];
            if (_inQuotes)
            {
                if (!_quoteInQuotes)
                {
                    if (b == (byte)'"')
                    {
                        _quoteInQuotes = true;
                        continue;
                    }

                    _line += b == (byte)'\n' ? 1 : 0;
                    Append(b);
                    continue;
                }

                // A quote inside quotes is either the first of a doubled quote or the end of the field.
                _quoteInQuotes = false;
                if (b == (byte)'"')
                {
                    Append(b);
                    continue;
                }

                _inQuotes = false;
                _afterClosingQuote = true;
            }

            switch (b)
            {
                case (byte)',':
                    EndField();
                    break;
                case (byte)'\n':
                    _line++;
                    EndField();
                    return true;
                case (byte)'\r':
                    // Line ends are CRLF in RFC 4180 and LF elsewhere; a carriage return outside quotes is never data.
                    break;
                case (byte)'"' when !_fieldStarted:
                    _inQuotes = _fieldStarted = true;
                    break;
                case (byte)'"':
                    _problem ??= "has a quote inside an unquoted field (quote the whole field and double the quotes in it)";
                    Append(b);
                    break;
                default:
                    if (_afterClosingQuote)
                    {
                        _problem ??= "has text after the closing quote of a field";
                    }

                    _fieldStarted = true;
                    Append(b);
                    break;
            }
        }

        return false;
    }

    private Record? EndOfFile()
    {
        if (_inQuotes && !_quoteInQuotes)
        {
            throw new TransferFileException(_recordLine, "A quoted field is never closed: the file ends inside it.");
        }

        _inQuotes = _quoteInQuotes = false;
        if (_fields.Count == 0 && !_fieldStarted && _fieldLength == 0)
        {
            return null;
        }

        EndField();
        return new Record(_recordLine, [.. _fields], _problem);
    }

    private void Append(byte b)
    {
        if (_fieldLength == _field.Length)
        {
            if (_field.Length >= MaxFieldBytes)
            {
                throw new TransferFileException(_recordLine, $"A field is longer than {MaxFieldBytes / (1024 * 1024)} MiB: is a quote left open?");
            }

            Array.Resize(ref _field, _field.Length * 2);
        }

        _field[_fieldLength++] = b;
    }

    private void EndField()
    {
        try
        {
            _fields.Add(StrictUtf8.GetString(_field, 0, _fieldLength));
        }
        catch (DecoderFallbackException)
        {
            _notUtf8.Add(_fields.Count);
            _fields.Add("");
        }

        _fieldLength = 0;
        _fieldStarted = _afterClosingQuote = false;
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        _bytesBefore += _length;
        _position = 0;
        _length = await stream.ReadAsync(_buffer, cancellationToken);
        if (!_started)
        {
            _started = true;
            if (_length >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _position = 3;
            }
        }

        return _length > 0;
    }
}
