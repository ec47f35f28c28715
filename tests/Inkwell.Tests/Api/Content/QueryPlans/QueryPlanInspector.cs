using System.Data.Common;
using System.Text.RegularExpressions;
using Npgsql;

namespace Inkwell.Tests.Api.Content.QueryPlans;

/// <summary>
/// Asks the engine how it would run a recorded command and names every full scan of a watched table:
/// a <c>Seq Scan</c> node in PostgreSQL's <c>EXPLAIN (FORMAT JSON)</c>; in SQLite's <c>EXPLAIN QUERY PLAN</c>,
/// <c>SCAN table</c> or <c>SCAN table USING COVERING INDEX …</c>, which reads every entry of an index (how SQLite
/// counts or filters on a column no index leads with). <c>SEARCH</c> is fine, and so is <c>SCAN … USING INDEX</c>:
/// a page walking an index in list order, which its LIMIT ends. On PostgreSQL the plan is also run
/// (<c>EXPLAIN ANALYZE</c>), and a scan of a watched table that reads more than <see cref="MaxRowsRead"/> rows is
/// named too: an index walk that no LIMIT stops (a window over the whole table, say) is a full scan by another name.
/// </summary>
internal static partial class QueryPlanInspector
{
    /// <summary>A tenth of the bulk tables' smallest watched size: far more than any page needs.</summary>
    public const int MaxRowsRead = 5_000;

    public static async Task<IReadOnlyList<string>> FullScansAsync(
        DbConnection connection, DbTransaction? transaction, RecordedCommand recorded, IReadOnlySet<string> watchedTables)
    {
        // EXPLAIN covers one statement; in a batch the statements after the first would run instead.
        if (recorded.Text.TrimEnd().TrimEnd(';').Contains(';', StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Explain one statement at a time, not a batch:\n{recorded.Text}");
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = (connection is NpgsqlConnection ? "EXPLAIN (ANALYZE, FORMAT JSON) " : "EXPLAIN QUERY PLAN ") + recorded.Text;
        foreach (var parameter in recorded.Parameters)
        {
            command.Parameters.Add(parameter is ICloneable cloneable ? (DbParameter)cloneable.Clone() : parameter);
        }

        return connection is NpgsqlConnection
            ? PostgresSeqScans(JsonNode.Parse((string)(await command.ExecuteScalarAsync())!)!, watchedTables)
            : await SqliteFullScansAsync(command, recorded.Text, watchedTables);
    }

    private static List<string> PostgresSeqScans(JsonNode explained, IReadOnlySet<string> watchedTables)
    {
        var scans = new List<string>();
        var pending = new Stack<JsonNode>(explained.AsArray().Select(statement => statement!["Plan"]!));
        while (pending.TryPop(out var node))
        {
            var relation = node["Relation Name"]?.GetValue<string>();
            if (node["Node Type"]!.GetValue<string>() == "Seq Scan" && relation is not null && watchedTables.Contains(relation))
            {
                scans.Add($"Seq Scan on {relation}{(node["Filter"] is { } filter ? $" (filter {filter})" : "")}");
            }
            else if (relation is not null && watchedTables.Contains(relation) && RowsRead(node) is > MaxRowsRead and var read)
            {
                scans.Add($"{node["Node Type"]} on {relation} read {read} rows");
            }

            foreach (var child in node["Plans"]?.AsArray() ?? [])
            {
                pending.Push(child!);
            }
        }

        return scans;
    }

    private static double RowsRead(JsonNode node) =>
        ((node["Actual Rows"]?.GetValue<double>() ?? 0) + (node["Rows Removed by Filter"]?.GetValue<double>() ?? 0))
        * (node["Actual Loops"]?.GetValue<double>() ?? 1);

    private static async Task<List<string>> SqliteFullScansAsync(DbCommand command, string sql, IReadOnlySet<string> watchedTables)
    {
        // EF Core names every table with an alias ("content_articles" AS "c"); the plan names the alias.
        var tableOfAlias = TableAlias().Matches(sql).ToDictionary(m => m.Groups["alias"].Value, m => m.Groups["table"].Value);
        var scans = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var detail = reader.GetString(reader.GetOrdinal("detail"));
            if (BareScan().Match(detail) is { Success: true } scan)
            {
                var name = scan.Groups["name"].Value;
                var table = tableOfAlias.GetValueOrDefault(name, name);
                if (watchedTables.Contains(table))
                {
                    scans.Add($"{detail} ({table})");
                }
            }
        }

        return scans;
    }

    [GeneratedRegex("\"(?<table>\\w+)\" AS \"(?<alias>\\w+)\"")]
    private static partial Regex TableAlias();

    [GeneratedRegex("^SCAN (?<name>\\w+)( USING COVERING INDEX \\w+)?$")]
    private static partial Regex BareScan();
}
