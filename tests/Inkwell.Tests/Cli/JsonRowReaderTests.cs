using System.Text;
using System.Text.Json;
using Inkwell.Cli.Transfer;
using Inkwell.Cli.Transfer.Json;

namespace Inkwell.Tests.Cli;

/// <summary>A JSON array read element by element, each row with the line its object starts on.</summary>
public sealed class JsonRowReaderTests
{
    [Fact]
    public async Task Each_object_is_a_row_with_the_line_it_starts_on_and_other_values_are_refused_rows()
    {
        var rows = await ReadAsync("[\n{\"a\":\"x\"},\n\n{\n \"a\": \"y\"\n},\n7\n]");

        Assert.Equal([2L, 4L, 7L], rows.Select(r => r.Line));
        Assert.Equal("x", rows[0].Fields["a"].Json!.Value.GetString());
        Assert.Equal("y", rows[1].Fields["a"].Json!.Value.GetString());
        Assert.Equal("is a JSON number, not an object", rows[2].Problem);
    }

    [Fact]
    public async Task Elements_larger_than_the_buffer_and_a_long_file_keep_their_line_numbers()
    {
        var json = new StringBuilder("[\n");
        for (var i = 0; i < 400; i++)
        {
            var body = new string('w', i % 7 == 0 ? 100_000 : 300);
            json.Append(i == 0 ? "" : ",\n").Append(JsonSerializer.Serialize(new { n = i, body }));
        }

        var rows = await ReadAsync(json.Append("\n]").ToString());

        Assert.Equal(400, rows.Count);
        Assert.All(rows, row => Assert.Equal(row.Fields["n"].Json!.Value.GetInt32() + 2, row.Line));
    }

    [Theory]
    [InlineData("{\"a\":1}", 1, "must hold a JSON array of objects")]
    [InlineData("", 1, "The file is empty")]
    [InlineData("[\n{\"a\":1},\n{\"a\":1}\n{\"a\":2}\n]", 4, "not valid JSON")]
    [InlineData("[\n{\"a\":1},\n{\"a\":", 3, "")]
    public async Task Text_that_is_not_an_array_of_values_stops_the_reading_at_its_line(string json, long line, string message)
    {
        var error = await Assert.ThrowsAsync<TransferFileException>(() => ReadAsync(json));

        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_field_names_of_the_first_object_are_read_without_losing_the_row()
    {
        await using var reader = new JsonRowReader(new MemoryStream("\uFEFF[{\"b\":1,\"a\":2},{\"c\":3}]"u8.ToArray()));

        var names = await reader.FieldNamesAsync(CancellationToken.None);
        var rows = new List<SourceRow>();
        await foreach (var row in reader.RowsAsync(CancellationToken.None))
        {
            rows.Add(row);
        }

        Assert.Equal(["b", "a"], names);
        Assert.Equal(2, rows.Count);
    }

    private static async Task<List<SourceRow>> ReadAsync(string json)
    {
        await using var reader = new JsonRowReader(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var rows = new List<SourceRow>();
        await foreach (var row in reader.RowsAsync(CancellationToken.None))
        {
            // Values are read while the row is current: the reader frees each element's memory when it moves on.
            rows.Add(row with { Fields = row.Fields.ToDictionary(f => f.Key, f => RawField.FromJson(f.Value.Json!.Value.Clone())) });
        }

        return rows;
    }
}
