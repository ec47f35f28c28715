using System.Diagnostics;
using System.Security.Cryptography;
using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Services.Infrastructure;

/// <summary>
/// The services shape in miniature: one database, two backend instances and a gateway in front of them,
/// each a real process on its own loopback port. Both instances serve every module, so each of the
/// gateway's clusters (identity, content, web) has the same two destinations.
/// </summary>
public sealed class ServicesCluster : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _folder = Directory.CreateTempSubdirectory("inkwell-services").FullName;
    private readonly TestDatabase _database = new();
    private readonly int[] _backendPorts = [FreePort.Next(), FreePort.Next()];
    private readonly List<InkwellProcess> _started = [];

    public InkwellProcess[] Backends { get; } = new InkwellProcess[2];

    public InkwellProcess Gateway { get; private set; } = null!;

    public Uri[] BackendAddresses => [.. _backendPorts.Select(port => new Uri($"http://127.0.0.1:{port}"))];

    /// <summary>What every backend gets: the shared database, the shared token key, no demo content, no migration.</summary>
    public IReadOnlyList<string> BackendSettings =>
    [
        $"--Storage:DataPath={_folder}",
        $"--Database:Provider={_database.Provider}",
        $"--ConnectionStrings:Inkwell={_database.ConnectionString}",
        $"--Auth:SigningKeys:Path={Path.Combine(_folder, "keys")}",
        "--Demo:Enabled=false",
        // Without Cache:Redis each process's caches see only its own commits; two instances of a module must not keep them.
        "--Cache:Enabled=false",
        "--Database:MigrateOnStart=false",
        // The load tests send thousands of requests a second from one address.
        "--RateLimits:Anonymous:PermitLimit=100000000",
        "--RateLimits:SignedIn:PermitLimit=100000000",
        "--RateLimits:SignIn:PermitLimit=100000000",
    ];

    public async Task InitializeAsync()
    {
        WriteSigningKey(_folder);
        await MigrateAsync(_folder, BackendSettings);
        for (var i = 0; i < Backends.Length; i++)
        {
            Backends[i] = StartBackend(i);
        }

        Gateway = StartGateway(FreePort.Next(), BackendAddresses, ["--Gateway:HealthCheck:Interval=00:00:01", "--Gateway:HealthCheck:ReactivationPeriod=00:00:02"]);
        await Gateway.WaitUntilReadyAsync(StartTimeout);
        await BothBackendsInRotationAsync();
    }

    /// <summary>Starts backend <paramref name="index"/> again on its port, as an operator restarts a dead instance.</summary>
    public InkwellProcess RestartBackend(int index)
    {
        Backends[index] = StartBackend(index);
        return Backends[index];
    }

    /// <summary>Both backends up and used by the gateway; one that a failed test left dead is started again.</summary>
    public async Task BothBackendsInRotationAsync()
    {
        for (var i = 0; i < Backends.Length; i++)
        {
            if (Backends[i].HasExited)
            {
                RestartBackend(i);
            }
        }

        foreach (var backend in Backends)
        {
            await backend.WaitUntilReadyAsync(StartTimeout);
            await Eventually.HoldsAsync(() => GatewayState.InRotationAsync(Gateway.Address, backend.Address, expected: true),
                StartTimeout, $"the gateway to put {backend.Name} in rotation");
        }
    }

    /// <summary>A gateway of its own, with every cluster on <paramref name="destinations"/>.</summary>
    public InkwellProcess StartGateway(int port, IEnumerable<Uri> destinations, IEnumerable<string> settings)
    {
        var clusters = new[] { "identity", "content", "web", "worker" }.SelectMany(cluster => destinations.Select(
            (address, i) => $"--Gateway:Clusters:{cluster}:Destinations:{i}={address.ToString().TrimEnd('/')}"));
        return Track(InkwellProcess.Start($"gateway:{port}", port, _folder, ["--target", "gateway", .. clusters, .. settings]));
    }

    public InkwellProcess StartProcess(string name, IEnumerable<string> arguments) =>
        Track(InkwellProcess.Start(name, FreePort.Next(), _folder, [.. arguments, .. BackendSettings]));

    public async Task DisposeAsync()
    {
        foreach (var process in _started)
        {
            await process.DisposeAsync();
        }

        _database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private InkwellProcess StartBackend(int index) =>
        Track(InkwellProcess.Start($"backend-{index + 1}", _backendPorts[index], _folder, ["--target", "all", .. BackendSettings]));

    private InkwellProcess Track(InkwellProcess process)
    {
        _started.Add(process);
        return process;
    }

    /// <summary>The instances share one database, so it is migrated once, before any starts, as <c>scripts/cluster</c> does.</summary>
    public static async Task MigrateAsync(string folder, IEnumerable<string> settings)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "migrate", .. settings])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        using var migrate = Process.Start(start)!;
        var output = migrate.StandardOutput.ReadToEndAsync();
        var errors = migrate.StandardError.ReadToEndAsync();
        await migrate.WaitForExitAsync(new CancellationTokenSource(StartTimeout).Token);
        if (migrate.ExitCode != 0)
        {
            throw new InvalidOperationException($"inkwell migrate failed ({migrate.ExitCode}):\n{await output}\n{await errors}");
        }
    }

    // One RSA key shared by every backend, so a token one instance issued is valid on the other.
    public static void WriteSigningKey(string folder)
    {
        var keys = Directory.CreateDirectory(Path.Combine(folder, "keys"));
        using var rsa = RSA.Create(2048);
        File.WriteAllText(Path.Combine(keys.FullName, "cluster.pem"), rsa.ExportPkcs8PrivateKeyPem());
    }
}

/// <summary>
/// Runs after the other collections, alone: timing under load means little while other tests compete
/// for the same cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServicesCollection : ICollectionFixture<ServicesCluster>
{
    public const string Name = "services";
}
