using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Inkwell.Tests.Platform;

/// <summary>Liveness and readiness as a load balancer or an orchestrator reads them.</summary>
[Collection(ApiCollection.Name)]
public sealed class HealthTests(InkwellFactory factory)
{
    [Fact]
    public async Task Live_answers_ok_without_checking_anything()
    {
        using var response = await factory.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var report = await response.Content.ReadFromJsonAsync<JsonNode>();
        Assert.Equal("Healthy", (string?)report!["status"]);
        Assert.Empty(report["checks"]!.AsObject());
    }

    [Fact]
    public async Task Ready_reports_each_module_database_as_json()
    {
        using var response = await factory.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var report = await response.Content.ReadFromJsonAsync<JsonNode>();
        Assert.Equal("Healthy", (string?)report!["status"]);
        Assert.Equal("Healthy", (string?)report["checks"]!["identity-database"]!["status"]);
        Assert.Equal("Healthy", (string?)report["checks"]!["content-database"]!["status"]);
    }

    [Fact]
    public async Task Ready_answers_503_naming_the_database_that_is_down_while_live_still_answers_ok()
    {
        await using var down = new UnreachableDatabaseFactory();
        var client = down.CreateClient();

        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<JsonNode>();
        Assert.Equal("Unhealthy", (string?)report!["status"]);
        Assert.Equal("Unhealthy", (string?)report["checks"]!["identity-database"]!["status"]);
        Assert.Contains("PostgreSQL unreachable", (string?)report["checks"]!["content-database"]!["description"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    /// <summary>A host whose PostgreSQL server is a loopback port nothing listens on.</summary>
    private sealed class UnreachableDatabaseFactory : InkwellFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var closedPort = Inkwell.Tests.Services.Infrastructure.FreePort.Next();
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Inkwell", $"Host=127.0.0.1;Port={closedPort};Username=postgres;Timeout=3");
            builder.UseSetting("Database:MigrateOnStart", "false");
        }
    }
}
