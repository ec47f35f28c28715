using Inkwell.Tests.Services.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Inkwell.Tests.Platform.Messaging.RabbitMq;

/// <summary>With <c>Bus:Transport=RabbitMq</c>, readiness includes the broker: a process whose events cannot leave is not ready.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class BrokerHealthTests
{
    [RabbitMqFact]
    public async Task Ready_reports_the_broker_when_it_answers()
    {
        await using var factory = new RabbitMqFactory();

        using var response = await factory.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonNode>();
        Assert.Equal("Healthy", (string?)report!["checks"]!["broker"]!["status"]);
        Assert.StartsWith("RabbitMQ reachable", (string?)report["checks"]!["broker"]!["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_answers_503_naming_the_broker_when_nothing_listens_at_its_address()
    {
        await using var factory = new UnreachableBrokerFactory();

        using var ready = await factory.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<JsonNode>();
        Assert.Equal("Unhealthy", (string?)report!["checks"]!["broker"]!["status"]);
        Assert.Contains("RabbitMQ unreachable", (string?)report["checks"]!["broker"]!["description"], StringComparison.Ordinal);
        Assert.Equal("Healthy", (string?)report["checks"]!["content-database"]!["status"]);
    }

    private sealed class UnreachableBrokerFactory : Inkwell.Tests.Infrastructure.InkwellFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Bus:Transport", "RabbitMq");
            builder.UseSetting("Bus:RabbitMq", $"amqp://guest:guest@127.0.0.1:{FreePort.Next()}/");
        }
    }
}
