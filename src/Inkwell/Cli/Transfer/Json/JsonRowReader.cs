using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Inkwell.Cli.Transfer.Json;

/// <summary>
/// Reads a top-level JSON array of objects element by element with <see cref="Utf8JsonReader"/>: memory holds the
/// element being read, however long the array. Each row carries the line its object starts on. A value that is not
/// an object is a refused row; text that is not JSON stops the reading at its line.
/// </summary>
internal sealed class JsonRowReader(Stream stream) : IRowSource
{
    /// <summary>Far more than a row can hold; a longer element is not a row of ours.</summary>
    private const int MaxElementBytes = 16 * 1024 * 1024;

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _length;
    private long _bytesBefore;
    private bool _started;
    private bool _endOfFile;
    private bool _inArray;
    private bool _done;
    private JsonReaderState _state;

    /// <summary>The line of the byte at <see cref="_start"/>.</summary>
    private long _line = 1;

    private (JsonDocument Document, long Line)? _peeked;

    public long Position => _bytesBefore + _start;

    public async Task<IReadOnlyList<string>> FieldNamesAsync(CancellationToken cancellationToken)
    {
        _peeked ??= await NextAsync(cancellationToken);
        return _peeked is ({ RootElement.ValueKind: JsonValueKind.Object } document, _)
            ? [.. document.RootElement.EnumerateObject().Select(p => p.Name).Distinct(StringComparer.Ordinal)]
            : [];
    }

    public async IAsyncEnumerable<SourceRow> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while ((_peeked ?? await NextAsync(cancellationToken)) is ({ } document, var line))
        {
            _peeked = null;
            using (document)
            {
                yield return ToRow(document.RootElement, line);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _peeked?.Document.Dispose();
        await stream.DisposeAsync();
    }

    private static SourceRow ToRow(JsonElement element, long line)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return SourceRow.Unreadable(line, $"is a JSON {element.ValueKind.ToString().ToLowerInvariant()}, not an object");
        }

        var fields = new Dictionary<string, RawField>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            fields[property.Name] = RawField.FromJson(property.Value);
        }

        return new SourceRow(line, fields);
    }

    private async Task<(JsonDocument, long)?> NextAsync(CancellationToken cancellationToken)
    {
        while (!_done)
        {
            if (TryNext(out var element))
            {
                return element;
            }

            if (!_done)
            {
                await FillAsync(cancellationToken);
            }
        }

        return null;
    }

    /// <summary>Reads the next element, or says the array ended (<see cref="_done"/>); false when more bytes are needed first.</summary>
    private bool TryNext(out (JsonDocument, long)? element)
    {
        element = null;
        if (!_inArray && _endOfFile && _buffer.AsSpan(_start, _length - _start).Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new TransferFileException(_line, "The file is empty; it needs a JSON array of objects.");
        }

        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _length - _start), _endOfFile, _state);
        try
        {
            if (!_inArray)
            {
                if (!reader.Read())
                {
                    return false;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new TransferFileException(_line, "The file must hold a JSON array of objects: [{...}, {...}].");
                }

                _inArray = true;
                Commit(ref reader);
                reader = new Utf8JsonReader(_buffer.AsSpan(_start, _length - _start), _endOfFile, _state);
            }

            if (!reader.Read())
            {
                return _endOfFile ? throw new TransferFileException(_line, "The file ends inside the array: is its closing ']' missing?") : false;
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                Commit(ref reader);
                _done = true;
                return true;
            }

            var line = _line + NewLines(_start, (int)reader.TokenStartIndex);
            if (!JsonDocument.TryParseValue(ref reader, out var document))
            {
                return false;
            }

            Commit(ref reader);
            element = (document, line);
            return true;
        }
        catch (JsonException error)
        {
            // The reader's state carries its line count from one reader to the next, so this is the file's line (from 0).
            var where = error.LineNumber + 1 ?? _line;
            throw new TransferFileException(where, $"The file is not valid JSON here: {FirstSentence(error.Message)}");
        }
    }

    /// <summary>Moves past what <paramref name="reader"/> consumed since it was created at <see cref="_start"/>.</summary>
    private void Commit(ref Utf8JsonReader reader)
    {
        var consumed = (int)reader.BytesConsumed;
        _line += NewLines(_start, consumed);
        _start += consumed;
        _state = reader.CurrentState;
    }

    private long NewLines(int from, int count) => _buffer.AsSpan(from, count).Count((byte)'\n');

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_endOfFile)
        {
            throw new TransferFileException(_line, "The file ends in the middle of a value.");
        }

        // Keep the bytes not yet consumed, at the front; grow only when one element outgrows the buffer.
        var kept = _length - _start;
        if (_start == 0 && _length == _buffer.Length)
        {
            if (_buffer.Length >= MaxElementBytes)
            {
                throw new TransferFileException(_line, $"An element is longer than {MaxElementBytes / (1024 * 1024)} MiB.");
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, kept);
            _bytesBefore += _start;
            _start = 0;
            _length = kept;
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_length), cancellationToken);
        _length += read;
        _endOfFile = read == 0;
        if (!_started)
        {
            _started = true;
            if (_length >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _start = 3;
            }
        }
    }

    /// <summary>System.Text.Json's message up to its own line and byte numbers, which count from where this reader restarted.</summary>
    private static string FirstSentence(string message) =>
        message.IndexOf(" LineNumber:", StringComparison.Ordinal) is var cut and > 0 ? message[..cut].TrimEnd(' ', '|') : message;
}
