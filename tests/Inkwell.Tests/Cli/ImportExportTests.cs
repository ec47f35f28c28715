using System.Text;

namespace Inkwell.Tests.Cli;

/// <summary><c>inkwell export</c> and <c>inkwell import</c> on databases of their own, counted through the commands themselves.</summary>
public sealed class ImportExportTests : IDisposable
{
    private const string Users =
        "username,email,bio,image,role,createdAt\r\n"
        + "ada,ada@example.com,\"Writes, with \"\"quotes\"\",\nand a second line.\",https://example.com/ada.png,admin,2025-03-01T10:00:00.123Z\r\n"
        + "brendan,brendan@example.com,,,moderator,2025-03-02T10:00:00Z\r\n"
        + "chioma,chioma@example.com,Ünïcödé ✓,,,\r\n";

    private const string Articles = """
        [
        {"slug":"first-post","title":"First, post","description":"On \"quotes\"","body":"# Hello\n\nA body, with commas.","tagList":["rust","tag, with comma","Go"],"author":"ada","createdAt":"2025-04-01T08:00:00Z","updatedAt":"2025-04-02T08:00:00Z"},
        {"title":"Made-up slug","description":"d","body":"b","tagList":[],"author":"BRENDAN"},
        {"slug":"third","title":"Third","description":"d","body":"b","tagList":null,"author":"chioma","createdAt":"2025-05-01T00:00:00Z"}
        ]
        """;

    private const string Comments = "article,author,body,createdAt\nfirst-post,brendan,\"Nice, really.\",2025-04-03T00:00:00Z\nthird,ada,Agreed.,\n";

    private readonly CommandDatabase _source = new();
    private readonly CommandDatabase _target = new();

    [Fact]
    public async Task An_export_imported_into_an_empty_database_exports_the_same_rows()
    {
        await ImportAllAsync(_source, Users, Articles, Comments);
        foreach (var what in new[] { "users", "articles", "comments" })
        {
            Assert.Equal(0, (await _source.Commands.RunAsync("export", "--what", what, "--out", _source.File($"{what}.json"))).ExitCode);
            var imported = await _target.Commands.RunAsync("import", _source.File($"{what}.json"));
            Assert.True(imported.ExitCode == 0, imported.ToString());
        }

        foreach (var what in new[] { "users", "articles", "comments" })
        {
            var original = await _source.Commands.RunAsync("export", "--what", what, "--format", "csv");
            var copy = await _target.Commands.RunAsync("export", "--what", what, "--format", "csv");
            Assert.Equal(original.Stdout, copy.Stdout);
        }

        var articles = await ExportAsync(_target, "articles");
        Assert.Equal(["first-post", "made-up-slug", "third"], articles.Select(a => a!["slug"]!.GetValue<string>()));
        Assert.Equal(["rust", "tag, with comma", "go"], articles[0]!["tagList"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("brendan", articles[1]!["author"]!.GetValue<string>());
        Assert.Equal("Writes, with \"quotes\",\nand a second line.", (await ExportAsync(_target, "users"))[0]!["bio"]!.GetValue<string>());
    }

    [Fact]
    public async Task Exported_users_carry_no_password_nor_its_hash()
    {
        await _source.Commands.RunAsync("users", "create", "dora", "--email", "dora@example.com");
        var hash = await ScalarAsync(_source, "SELECT \"PasswordHash\" FROM identity_users WHERE \"Username\" = 'dora'");

        var csv = await _source.Commands.RunAsync("export", "--what", "users", "--format", "csv");
        var json = await _source.Commands.RunAsync("export", "--what", "users", "--format", "json");

        Assert.StartsWith("username,email,bio,image,role,createdAt\r\n", csv.Stdout, StringComparison.Ordinal);
        Assert.Contains("dora@example.com", csv.Stdout, StringComparison.Ordinal);
        Assert.Equal(["username", "email", "bio", "image", "role", "createdAt"], JsonNode.Parse(json.Stdout)!.AsArray()[0]!.AsObject().Select(p => p.Key));
        Assert.False(string.IsNullOrEmpty(hash));
        Assert.DoesNotContain(hash, csv.Stdout + json.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("password", csv.Stdout + json.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_bad_row_in_the_middle_of_a_batch_leaves_that_batch_out_whole_and_the_other_batches_in()
    {
        var rows = Enumerable.Range(1, 7).Select(i => i == 5 ? "u5,not-an-email" : $"u{i},u{i}@example.com");
        await File.WriteAllTextAsync(_target.File("users.csv"), $"username,email\n{string.Join('\n', rows)}\n");

        var result = await _target.Commands.RunAsync("import", _target.File("users.csv"), "--batch-size", "3", "--report", _target.File("report.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"read\s*│\s*7\b", result.Stdout);
        Assert.Matches(@"imported\s*│\s*4\b", result.Stdout);
        Assert.Matches(@"rejected\s*│\s*1\b", result.Stdout);
        Assert.Matches(@"not imported[^│]*│\s*2\b", result.Stdout);
        Assert.Matches(@"6\s*│\s*email is invalid", result.Stdout);
        Assert.Equal(["u1", "u2", "u3", "u7"], (await ExportAsync(_target, "users")).Select(u => u!["username"]!.GetValue<string>()));
        Assert.Equal(
            ["lines,outcome,reason", "6,rejected,email is invalid", "5-7,not imported,its batch held 1 rejected row"],
            await File.ReadAllLinesAsync(_target.File("report.csv")));
    }

    [Fact]
    public async Task Duplicates_in_the_file_or_in_the_database_are_refused_with_their_lines()
    {
        await _target.Commands.RunAsync("users", "create", "taken", "--email", "taken@example.com");
        await File.WriteAllTextAsync(
            _target.File("users.csv"),
            "username,email\nfresh,fresh@example.com\nTaken,other@example.com\nFRESH,third@example.com\nfourth,fresh@EXAMPLE.com\n");

        var result = await _target.Commands.RunAsync("import", _target.File("users.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"3\s*│\s*username has already been taken", result.Stdout);
        Assert.Matches(@"4\s*│\s*username 'fresh' is also on line 2", result.Stdout);
        Assert.Matches(@"5\s*│\s*email 'fresh@example.com' is also on line 2", result.Stdout);
        Assert.Equal(["taken"], (await ExportAsync(_target, "users")).Select(u => u!["username"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Values_of_the_wrong_type_unknown_authors_and_bad_bytes_are_refused_with_their_lines()
    {
        await ImportAllAsync(_target, Users, "[]", null);
        await File.WriteAllTextAsync(_target.File("articles.json"), """
            [
            {"title":"t","description":"d","body":"b","author":"ada","tagList":"rust"},
            {"title":"t","description":"d","body":"b","author":"nobody"},
            {"title":7,"description":"d","body":"b","author":"ada","createdAt":"last tuesday"},
            {"title":"t","description":"d","body":"b","author":"ada","views":3}
            ]
            """);
        await File.WriteAllBytesAsync(
            _target.File("comments.csv"), [.. "article,author,body\nx,ada,"u8, 0xFF, 0xFE, .. "\n"u8]);

        var articles = await _target.Commands.RunAsync("import", _target.File("articles.json"));
        var comments = await _target.Commands.RunAsync("import", _target.File("comments.csv"));

        Assert.Equal(1, articles.ExitCode);
        Assert.Matches(@"2\s*│\s*tagList must be an array of strings", articles.Stdout);
        Assert.Matches(@"3\s*│\s*author is not a known user", articles.Stdout);
        Assert.Matches(@"4\s*│\s*title must be a string; createdAt is not a date and time", articles.Stdout);
        Assert.Matches(@"5\s*│\s*has the unknown field 'views'", articles.Stdout);
        Assert.Equal(1, comments.ExitCode);
        Assert.Matches(@"2\s*│\s*is not valid UTF-8 \(in 'body'\)", comments.Stdout);
        Assert.Empty(await ExportAsync(_target, "articles"));
    }

    [Fact]
    public async Task A_dry_run_reports_what_a_real_run_would_and_writes_nothing()
    {
        await File.WriteAllTextAsync(_target.File("users.csv"), "username,email\na1,a1@example.com\na2,a2@example.com\na3,a3@example.com\nA1,x@example.com\n");

        var result = await _target.Commands.RunAsync("import", _target.File("users.csv"), "--dry-run", "--batch-size", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing was written", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"would be imported\s*│\s*2\b", result.Stdout);
        Assert.Matches(@"5\s*│\s*username 'a1' is also on line 2", result.Stdout);
        Assert.Empty(await ExportAsync(_target, "users"));
    }

    [Theory]
    [InlineData("users.csv", "username,mail\nx,y\n", "missing 'email' and unknown 'mail'")]
    [InlineData("users.csv", "username,email,password\nx,x@example.com,secret1234\n", "unknown 'password'")]
    [InlineData("things.csv", "colour,size\nred,2\n", "cannot tell from its header (colour, size)")]
    [InlineData("empty.csv", "", "The file is empty")]
    [InlineData("users.json", "{\"username\":\"x\"}", "must hold a JSON array of objects")]
    [InlineData("users.txt", "username,email\n", "Cannot tell the format")]
    public async Task A_file_that_cannot_be_imported_exits_with_code_2_before_anything_is_written(string name, string content, string message)
    {
        await File.WriteAllTextAsync(_target.File(name), content);
        string[] what = name.StartsWith("users", StringComparison.Ordinal) && name.EndsWith(".csv", StringComparison.Ordinal) ? ["--what", "users"] : [];

        var result = await _target.Commands.RunAsync(["import", _target.File(name), .. what]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_target.Folder, "inkwell.db")) && (await ExportAsync(_target, "users")).Count > 0);
    }

    [Fact]
    public async Task Malformed_json_stops_the_import_at_its_line_and_the_batches_before_it_stay_imported()
    {
        var rows = Enumerable.Range(1, 5).Select(i => $"{{\"username\":\"j{i}\",\"email\":\"j{i}@example.com\"}},");
        await File.WriteAllTextAsync(_target.File("users.json"), $"[\n{string.Join('\n', rows)}\n{{\"username\": oops}}\n]");

        var result = await _target.Commands.RunAsync("import", _target.File("users.json"), "--batch-size", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 7: The file is not valid JSON here", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["j1", "j2", "j3", "j4"], (await ExportAsync(_target, "users")).Select(u => u!["username"]!.GetValue<string>()));
    }

    public void Dispose()
    {
        _source.Dispose();
        _target.Dispose();
    }

    private static async Task ImportAllAsync(CommandDatabase database, string users, string articles, string? comments)
    {
        await File.WriteAllTextAsync(database.File("in-users.csv"), users, Encoding.UTF8);
        await File.WriteAllTextAsync(database.File("in-articles.json"), articles);
        Assert.Equal(0, (await database.Commands.RunAsync("import", database.File("in-users.csv"))).ExitCode);
        Assert.Equal(0, (await database.Commands.RunAsync("import", database.File("in-articles.json"), "--what", "articles")).ExitCode);
        if (comments is not null)
        {
            await File.WriteAllTextAsync(database.File("in-comments.csv"), comments);
            var imported = await database.Commands.RunAsync("import", database.File("in-comments.csv"));
            Assert.True(imported.ExitCode == 0, imported.ToString());
        }
    }

    private static async Task<JsonArray> ExportAsync(CommandDatabase database, string what)
    {
        var result = await database.Commands.RunAsync("export", "--what", what, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonNode.Parse(result.Stdout)!.AsArray();
    }

    private static async Task<string?> ScalarAsync(CommandDatabase database, string sql)
    {
        if (Infrastructure.TestDatabase.IsPostgres)
        {
            await using var postgres = new Npgsql.NpgsqlConnection(database.Database.ConnectionString);
            await postgres.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(sql, postgres);
            return (string?)await command.ExecuteScalarAsync();
        }

        await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database.File("inkwell.db")};Pooling=False");
        await sqlite.OpenAsync();
        await using var query = new Microsoft.Data.Sqlite.SqliteCommand(sql, sqlite);
        return (string?)await query.ExecuteScalarAsync();
    }
}
