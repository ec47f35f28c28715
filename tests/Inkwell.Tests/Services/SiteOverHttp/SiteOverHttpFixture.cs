using System.Security.Cryptography;
using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Services.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Inkwell.Tests.Services.SiteOverHttp;

/// <summary>
/// The website with neither Identity nor Content in its process (<c>--target web</c>, in this process so coverage counts
/// it), calling their REST APIs on a real process of its own that runs both, and the worker whose admin API the back
/// office calls (<c>--target identity,content,worker</c>), on the same database. Access tokens there live 40 seconds, so a test can watch the site renew one.
/// </summary>
public sealed class SiteOverHttpFixture : IAsyncLifetime
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromSeconds(40);

    private readonly string _folder = Directory.CreateTempSubdirectory("inkwell-site-over-http").FullName;

    /// <summary>Runs <c>inkwell</c> commands against the modules' process's database and data folder.</summary>
    public Inkwell.Tests.Cli.CommandRunner Commands => new(_folder, Site.Database);

    public SiteOverHttpFixture() => Site = new RemoteSiteFactory(ModulesAddress);

    public RemoteSiteFactory Site { get; }

    public Uri ModulesAddress { get; } = new($"http://127.0.0.1:{FreePort.Next()}");

    public InkwellProcess Modules { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var keys = Directory.CreateDirectory(Path.Combine(_folder, "keys"));
        using (var rsa = RSA.Create(2048))
        {
            await File.WriteAllTextAsync(Path.Combine(keys.FullName, "site.pem"), rsa.ExportPkcs8PrivateKeyPem());
        }

        Modules = InkwellProcess.Start("identity,content,worker", ModulesAddress.Port, _folder,
        [
            "--target", "identity,content,worker",
            $"--Storage:DataPath={_folder}",
            $"--Database:Provider={Site.Database.Provider}",
            $"--ConnectionStrings:Inkwell={Site.Database.ConnectionString}",
            $"--Auth:SigningKeys:Path={keys.FullName}",
            $"--Auth:TokenLifetime={TokenLifetime}",
            "--Database:MigrateOnStart=true",
            "--Demo:Enabled=false",

            // Every test signs up and in from 127.0.0.1, which the modules count as one client.
            "--RateLimits:SignIn:PermitLimit=100000",
        ]);
        await Modules.WaitUntilReadyAsync(ServicesCluster.StartTimeout);
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        await Modules.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The host as <c>--target web</c>, its Identity, Content and Worker at <paramref name="modules"/>.</summary>
public sealed class RemoteSiteFactory(Uri modules) : InkwellFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("target", "web");
        builder.UseSetting("Services:Identity", modules.ToString());
        builder.UseSetting("Services:Content", modules.ToString());
        builder.UseSetting("Services:Worker", modules.ToString());
        builder.UseSetting("Auth:JwksUrl", new Uri(modules, "/.well-known/jwks.json").ToString());
    }
}

[CollectionDefinition(Name)]
public sealed class SiteOverHttpCollection : ICollectionFixture<SiteOverHttpFixture>
{
    public const string Name = "site over http";
}
