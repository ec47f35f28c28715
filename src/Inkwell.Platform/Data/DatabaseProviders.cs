namespace Inkwell.Platform.Data;

/// <summary>The database engines Inkwell runs on. MySQL waits for an EF Core 10 provider (docs/decisions/0005).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseProviders
{
    public static DatabaseProvider Parse(string? configured) => configured?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" => DatabaseProvider.Postgres,
        _ => throw new ConfigurationException(
            $"Unsupported {DatabaseSetup.ProviderKey} '{configured}'. Supported: Sqlite, Postgres."),
    };

    /// <summary>One migrations assembly per engine, holding every module's migrations for it.</summary>
    public static string MigrationsAssembly(DatabaseProvider provider) => $"Inkwell.Migrations.{provider}";
}
