using System.Data.Common;
using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Platform.Messaging.RabbitMq;
using Inkwell.Tests.Services.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Inkwell.Tests.Services.WorkerAlone;

/// <summary>
/// The worker as scripts/cluster runs it: <c>--target worker</c> in a process of its own, with neither Identity nor Content,
/// calling their service endpoints through a gateway with a service token, and hearing of their events over RabbitMQ.
/// Three real processes on one database: the modules (<c>--target identity,content</c>), the gateway, and the worker,
/// whose trending-tags and refresh-token jobs fire every two seconds here.
/// </summary>
public sealed class WorkerAloneFixture : IAsyncLifetime
{
    public const string ClientId = "worker";

    public static readonly string Secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private readonly string _folder = Directory.CreateTempSubdirectory("inkwell-worker-alone").FullName;
    private readonly TestDatabase _database = new();
    private readonly string _namespace = $"inkwell_worker_alone_{Guid.NewGuid():N}";
    private readonly List<InkwellProcess> _started = [];

    public InkwellProcess Modules { get; private set; } = null!;

    public InkwellProcess Gateway { get; private set; } = null!;

    public InkwellProcess Worker { get; private set; } = null!;

    public string MailFolder => Path.Combine(_folder, "mail");

    public async Task InitializeAsync()
    {
        if (!TestBroker.IsConfigured && !TestBroker.InCi)
        {
            return;
        }

        ServicesCluster.WriteSigningKey(_folder);
        IReadOnlyList<string> shared =
        [
            $"--Storage:DataPath={_folder}",
            $"--Database:Provider={_database.Provider}",
            $"--ConnectionStrings:Inkwell={_database.ConnectionString}",
            $"--Auth:SigningKeys:Path={Path.Combine(_folder, "keys")}",
            "--Demo:Enabled=false",
            "--Cache:Enabled=false",
            "--Database:MigrateOnStart=false",
            "--Bus:Transport=RabbitMq",
            $"--Bus:RabbitMq={TestBroker.Uri}",
            $"--Bus:Namespace={_namespace}",
        ];
        await ServicesCluster.MigrateAsync(_folder, shared);

        var modulesPort = FreePort.Next();
        var gatewayPort = FreePort.Next();
        var workerPort = FreePort.Next();
        var gateway = new Uri($"http://127.0.0.1:{gatewayPort}");
        Modules = Start("identity,content", modulesPort, ["--target", "identity,content", $"--Auth:ServiceClients:{ClientId}:Secret={Secret}", .. shared]);
        await Modules.WaitUntilReadyAsync(ServicesCluster.StartTimeout);
        Gateway = Start("gateway", gatewayPort,
        [
            "--target", "gateway",
            .. new[] { "identity", "content", "web" }.Select(cluster => $"--Gateway:Clusters:{cluster}:Destinations:0=http://127.0.0.1:{modulesPort}"),
            $"--Gateway:Clusters:worker:Destinations:0=http://127.0.0.1:{workerPort}",
            "--Gateway:HealthCheck:Interval=00:00:01",
        ]);
        await Gateway.WaitUntilReadyAsync(ServicesCluster.StartTimeout);

        // Last: its first jobs find the gateway answering, so any failed run is a failure of the worker alone.
        Worker = Start("worker", workerPort,
        [
            "--target", "worker",
            $"--Services:Gateway={gateway}",
            $"--Services:ClientSecret={Secret}",
            $"--Auth:JwksUrl={new Uri(gateway, "/.well-known/jwks.json")}",
            $"--Mail:PickupPath={MailFolder}",
            "--Worker:Schedules:trending-tags=0/2 * * * * ?",
            "--Worker:Schedules:purge-refresh-tokens=0/2 * * * * ?",
            .. shared,
        ]);
        await Worker.WaitUntilReadyAsync(ServicesCluster.StartTimeout);
    }

    /// <summary>How many rows a query counts, read straight from the shared database as an operator would.</summary>
    public async Task<long> CountAsync(string sql) =>
        Convert.ToInt64(await ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    public async Task<string> TextAsync(string sql) => Convert.ToString(await ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private async Task<object?> ScalarAsync(string sql)
    {
        await using DbConnection connection = _database.Provider == "Postgres"
            ? new NpgsqlConnection(_database.ConnectionString)
            : new SqliteConnection($"Data Source={Path.Combine(_folder, "inkwell.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _started)
        {
            await process.DisposeAsync();
        }

        if (_started.Count > 0)
        {
            await TestBroker.DeleteAsync(_namespace, "content", "worker");
        }

        _database.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private InkwellProcess Start(string name, int port, IEnumerable<string> arguments)
    {
        var process = InkwellProcess.Start(name, port, _folder, arguments);
        _started.Add(process);
        return process;
    }
}

/// <summary>Three processes of their own: started when the other collections are done, so they do not compete for the cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkerAloneCollection : ICollectionFixture<WorkerAloneFixture>
{
    public const string Name = "worker alone";
}
