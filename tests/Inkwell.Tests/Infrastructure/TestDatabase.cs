using Npgsql;

namespace Inkwell.Tests.Infrastructure;

/// <summary>
/// The engine a test host runs on: SQLite in the host's data folder by default, or a fresh database of
/// its own on the PostgreSQL server named by <c>INKWELL_TEST_POSTGRES</c> (scripts/test.sh starts one).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "INKWELL_TEST_POSTGRES";

    private readonly string? _server = Environment.GetEnvironmentVariable(PostgresVariable);
    private readonly string _name = $"inkwell_test_{Guid.NewGuid():N}";

    public TestDatabase()
    {
        if (_server is not null)
        {
            Execute($"CREATE DATABASE \"{_name}\"");
        }
    }

    public static bool IsPostgres => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 };

    public string Provider => _server is null ? "Sqlite" : "Postgres";

    /// <summary>Empty for SQLite: the host then uses its data folder.</summary>
    public string ConnectionString => _server is null
        ? ""
        : new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public void Dispose()
    {
        if (_server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Execute($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
        }
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
