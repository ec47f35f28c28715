using System.Data.Common;
using Inkwell.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Inkwell.Tests.Platform.Messaging;

/// <summary>Plain SQL on a test database that other processes write, for tests that run no host of their own.</summary>
public sealed class DatabaseProbe(TestDatabase database, string dataPath)
{
    public IEnumerable<string> Settings => database.Provider == "Postgres"
        ? ["--Database:Provider=Postgres", $"--ConnectionStrings:Inkwell={database.ConnectionString}", $"--Storage:DataPath={dataPath}"]
        : [$"--Storage:DataPath={dataPath}"];

    /// <summary>A single number; the SQL quotes column names, which both engines accept.</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        await using DbConnection connection = database.Provider == "Postgres"
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection($"Data Source={Path.Combine(dataPath, "inkwell.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
