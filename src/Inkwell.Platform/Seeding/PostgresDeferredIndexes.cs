using Npgsql;

namespace Inkwell.Platform.Seeding;

/// <summary>
/// Drops a table's secondary indexes and foreign keys before a bulk load and gives back the statements that
/// recreate them. Building an index once over sorted data beats millions of single inserts into it, and one
/// validating join beats a queued foreign-key trigger per row. The primary key stays: rows arrive in its order.
/// </summary>
internal static class PostgresDeferredIndexes
{
    public static async Task<IReadOnlyList<string>> DropAsync(NpgsqlConnection connection, string quotedTable, CancellationToken cancellationToken)
    {
        var foreignKeys = await QueryPairsAsync(
            connection,
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = @table::regclass AND contype = 'f' ORDER BY conname",
            quotedTable,
            cancellationToken);
        var indexes = await QueryPairsAsync(
            connection,
            """
            SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
            WHERE x.indrelid = @table::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
            ORDER BY i.relname
            """,
            quotedTable,
            cancellationToken);

        var recreate = new List<string>();
        foreach (var (name, definition) in foreignKeys)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {quotedTable} DROP CONSTRAINT {Quote(name)}", cancellationToken);
            recreate.Add($"ALTER TABLE {quotedTable} ADD CONSTRAINT {Quote(name)} {definition}");
        }

        foreach (var (name, definition) in indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX {Quote(name)}", cancellationToken);
            recreate.Insert(0, definition);
        }

        return recreate;
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<(string Name, string Definition)>> QueryPairsAsync(
        NpgsqlConnection connection, string sql, string quotedTable, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("table", quotedTable);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var pairs = new List<(string, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
