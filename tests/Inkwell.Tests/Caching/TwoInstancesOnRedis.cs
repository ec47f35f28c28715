using Inkwell.Tests.Api.Content;
using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Services.Infrastructure;

namespace Inkwell.Tests.Caching;

/// <summary>
/// Two Inkwell processes (the built binary, every module each) on one database and one Redis, with the read cache,
/// the output cache and ETags on, as several instances of the services shape run.
/// </summary>
public sealed class TwoInstancesOnRedis : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inkwell-shared-cache").FullName;
    private readonly TestDatabase _database = new();
    private TestRedis _redis = null!;

    public InkwellProcess[] Instances { get; } = new InkwellProcess[2];

    public async Task InitializeAsync()
    {
        _redis = await TestRedis.SharedOrPrivateAsync();
        string[] settings =
        [
            $"--Storage:DataPath={_folder}",
            $"--Database:Provider={_database.Provider}",
            $"--ConnectionStrings:Inkwell={_database.ConnectionString}",
            $"--Auth:SigningKeys:Path={Path.Combine(_folder, "keys")}",
            "--Demo:Enabled=false",
            "--Database:MigrateOnStart=false",
            "--Cache:Enabled=true",
            $"--Cache:Redis={_redis.Configuration}",
            $"--Cache:Namespace=test-{Guid.NewGuid():N}",
            // Both write often in these tests: no schedules of their own competing for the database.
            "--Worker:Schedules:trending-tags=off",
            "--Worker:Schedules:site-documents=off",
        ];
        ServicesCluster.WriteSigningKey(_folder);
        await ServicesCluster.MigrateAsync(_folder, settings);
        for (var i = 0; i < Instances.Length; i++)
        {
            Instances[i] = InkwellProcess.Start($"instance-{i + 1}", FreePort.Next(), _folder, ["--target", "all", .. settings]);
        }

        foreach (var instance in Instances)
        {
            await instance.WaitUntilReadyAsync(ServicesCluster.StartTimeout);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in Instances)
        {
            if (instance is not null)
            {
                await instance.DisposeAsync();
            }
        }

        await _redis.DisposeAsync();
        _database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>Written on one process, read on the other at once.</summary>
public sealed class TwoProcessFreshnessTests(TwoInstancesOnRedis instances) : FreshnessTests, IClassFixture<TwoInstancesOnRedis>
{
    private readonly HttpClient _writer = new() { BaseAddress = instances.Instances[0].Address };
    private readonly HttpClient _reader = new() { BaseAddress = instances.Instances[1].Address };

    protected override ApiClient Writer => new(_writer);

    protected override HttpClient Reader => _reader;

    [Fact]
    public async Task Reads_one_process_cached_are_served_by_the_other_from_redis()
    {
        var author = await Writer.RegisterAsync();
        var slug = (await Writer.CreateArticleAsync(author)).Slug();
        var other = new ApiClient(_reader);

        // Signed in, so the output cache stays out of it: the second process finds the first one's read in Redis.
        var first = await (await Writer.GetAsync($"/api/articles/{slug}", author.Token)).ReadJsonAsync(System.Net.HttpStatusCode.OK);
        var second = await (await other.GetAsync($"/api/articles/{slug}", author.Token)).ReadJsonAsync(System.Net.HttpStatusCode.OK);
        var list = await (await other.GetAsync($"/api/articles?author={author.Username}", author.Token)).ReadJsonAsync(System.Net.HttpStatusCode.OK);
        var listAgain = await (await Writer.GetAsync($"/api/articles?author={author.Username}", author.Token)).ReadJsonAsync(System.Net.HttpStatusCode.OK);

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal(list.ToJsonString(), listAgain.ToJsonString());
    }
}
