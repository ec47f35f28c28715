using Inkwell.Tests.Services.Infrastructure;

namespace Inkwell.Tests.Services;

/// <summary>A process runs the modules its target names and nothing else.</summary>
[Collection(ServicesCollection.Name)]
public sealed class TargetTests(ServicesCluster cluster)
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Identity_and_content_together_serve_their_apis_and_no_website()
    {
        var process = cluster.StartProcess("identity,content", ["--target", "identity,content"]);
        await process.WaitUntilReadyAsync(ServicesCluster.StartTimeout);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(process, "/api/tags"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(process, "/api/articles"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(process, "/api/user"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(process, "/"));
        Assert.Equal(["content-database", "identity-database"], await ReadyChecksAsync(process));
    }

    [Fact]
    public async Task Identity_alone_serves_accounts_and_profiles_but_not_articles()
    {
        var process = cluster.StartProcess("identity", ["--target", "identity"]);
        await process.WaitUntilReadyAsync(ServicesCluster.StartTimeout);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(process, "/api/user"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(process, "/api/tags"));
        Assert.Equal(["identity-database"], await ReadyChecksAsync(process));
    }

    [Fact]
    public async Task The_gateway_answers_health_itself_and_passes_everything_else_on()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(cluster.Gateway, "/health/live"));
        Assert.Equal(["gateway-destinations"], await ReadyChecksAsync(cluster.Gateway));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(cluster.Gateway, "/"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(cluster.Gateway, "/api/tags"));

        // The site behind the gateway writes links with the gateway's address, from X-Forwarded-Host.
        var sitemap = await Client.GetStringAsync(new Uri(cluster.Gateway.Address, "/sitemap.xml"));
        Assert.Contains($"<loc>{cluster.Gateway.Address}</loc>", sitemap, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> StatusAsync(InkwellProcess process, string path)
    {
        using var response = await Client.GetAsync(new Uri(process.Address, path));
        return response.StatusCode;
    }

    private static async Task<List<string>> ReadyChecksAsync(InkwellProcess process)
    {
        var report = JsonNode.Parse(await Client.GetStringAsync(new Uri(process.Address, "/health/ready")))!;
        Assert.Equal("Healthy", (string?)report["status"]);
        return [.. report["checks"]!.AsObject().Select(check => check.Key).Order(StringComparer.Ordinal)];
    }
}
