using System.Text;
using Inkwell.Cli.Transfer;
using Inkwell.Cli.Transfer.Csv;

namespace Inkwell.Tests.Cli;

/// <summary>CSV as RFC 4180 writes it, read row by row with the line each row starts on.</summary>
public sealed class CsvRowReaderTests
{
    [Fact]
    public async Task Quoted_fields_keep_their_commas_quotes_and_line_breaks_and_lines_count_the_files_lines()
    {
        var rows = await ReadAsync("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",plain\r\nlast,row");

        Assert.Equal([2L, 3L, 5L], rows.Select(r => r.Line));
        Assert.Equal("x, y", rows[0].Fields["a"].Text);
        Assert.Equal("say \"hi\"", rows[0].Fields["b"].Text);
        Assert.Equal("two\nlines", rows[1].Fields["a"].Text);
        Assert.Equal("row", rows[2].Fields["b"].Text);
    }

    [Fact]
    public async Task A_byte_order_mark_and_blank_lines_are_not_data()
    {
        var rows = await ReadAsync("\uFEFFa,b\n1,2\n\n3,4\n");

        Assert.Equal(["1", "3"], rows.Select(r => r.Fields["a"].Text));
        Assert.Equal([2L, 4L], rows.Select(r => r.Line));
    }

    [Fact]
    public async Task A_row_with_bytes_that_are_not_UTF8_is_refused_with_its_line_and_column_and_the_next_row_is_read()
    {
        var bytes = Encoding.UTF8.GetBytes("name,bio\nok,fine\nbad,").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\nnext,é\n")).ToArray();

        var rows = await ReadAsync(bytes);

        Assert.Null(rows[0].Problem);
        Assert.Equal(3, rows[1].Line);
        Assert.Equal("is not valid UTF-8 (in 'bio')", rows[1].Problem);
        Assert.Equal("é", rows[2].Fields["bio"].Text);
    }

    [Theory]
    [InlineData("a,b\n1,2,3\n", "has 3 fields where the header has 2")]
    [InlineData("a,b\nx\"y,2\n", "has a quote inside an unquoted field (quote the whole field and double the quotes in it)")]
    [InlineData("a,b\n\"x\"y,2\n", "has text after the closing quote of a field")]
    public async Task A_malformed_row_is_refused_with_the_reason(string csv, string problem)
    {
        var row = Assert.Single(await ReadAsync(csv));

        Assert.Equal(2, row.Line);
        Assert.Equal(problem, row.Problem);
    }

    [Fact]
    public async Task A_quote_never_closed_stops_the_reading_at_the_row_it_opened_in()
    {
        var error = await Assert.ThrowsAsync<TransferFileException>(() => ReadAsync("a,b\n1,2\n\"open,3\n4,5\n"));

        Assert.Equal(3, error.Line);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_that_names_a_column_twice_is_refused()
    {
        await using var reader = new CsvRowReader(new MemoryStream("a,b,a\n1,2,3\n"u8.ToArray()));

        var error = await Assert.ThrowsAsync<TransferFileException>(() => reader.FieldNamesAsync(CancellationToken.None));

        Assert.Equal("The header names the column 'a' twice.", error.Message);
    }

    [Fact]
    public async Task What_the_writer_writes_the_reader_reads_back_unchanged()
    {
        string?[][] records = [["plain", " padded ", "comma, inside"], ["\"quoted\"", "line\r\nbreak", ""], ["ünïcödé ✓", null, "x"]];
        var text = new StringWriter();
        var writer = new CsvWriter(text);
        writer.WriteRecord(["a", "b", "c"]);
        foreach (var record in records)
        {
            writer.WriteRecord(record);
        }

        var rows = await ReadAsync(text.ToString());

        Assert.Equal(
            records.Select(r => string.Join("|", r.Select(f => f ?? ""))),
            rows.Select(r => string.Join("|", r.Fields["a"].Text, r.Fields["b"].Text, r.Fields["c"].Text)));
    }

    [Fact]
    public async Task A_file_of_many_buffers_is_read_row_by_row_with_every_line_right()
    {
        var text = new StringBuilder("n,body\n");
        for (var i = 0; i < 3000; i++)
        {
            text.Append(i).Append(",\"").Append(new string('x', 50)).Append("\n").Append(i).Append("\"\n");
        }

        var rows = await ReadAsync(text.ToString());

        Assert.Equal(3000, rows.Count);
        Assert.All(rows, row => Assert.Equal(2 + (2 * long.Parse(row.Fields["n"].Text!, System.Globalization.CultureInfo.InvariantCulture)), row.Line));
    }

    private static Task<List<SourceRow>> ReadAsync(string csv) => ReadAsync(Encoding.UTF8.GetBytes(csv));

    private static async Task<List<SourceRow>> ReadAsync(byte[] bytes)
    {
        await using var reader = new CsvRowReader(new MemoryStream(bytes));
        var rows = new List<SourceRow>();
        await foreach (var row in reader.RowsAsync(CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }
}
