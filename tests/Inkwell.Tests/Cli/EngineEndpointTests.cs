using Inkwell.Cli.Health;

namespace Inkwell.Tests.Cli;

/// <summary>Where <c>inkwell health</c> connects, read from the values <c>Cache:Redis</c> and <c>Bus:RabbitMq</c> hold.</summary>
public sealed class EngineEndpointTests
{
    [Theory]
    [InlineData("amqp://guest:guest@rabbit.local:5673/vhost", 5672, "rabbit.local:5673")]
    [InlineData("amqp://rabbit.local/", 1, "rabbit.local:5672")]
    [InlineData("amqps://rabbit.local", 1, "rabbit.local:5671")]
    [InlineData("redis.local:6380,password=x,ssl=true", 6379, "redis.local:6380")]
    [InlineData("password=x,redis.local", 6379, "redis.local:6379")]
    [InlineData("[::1]:7000", 6379, "[::1]:7000")]
    [InlineData("redis://:secret@cache:6390/0", 6379, "cache:6390")]
    public void The_first_host_and_its_port_or_the_engines_default_are_read(string value, int defaultPort, string endpoint) =>
        Assert.Equal(endpoint, EngineEndpoint.Parse(value, defaultPort)?.ToString());

    [Theory]
    [InlineData("password=x,ssl=true")]
    [InlineData("amqp://")]
    public void A_value_that_names_no_host_reads_as_none(string value) => Assert.Null(EngineEndpoint.Parse(value, 6379));
}
