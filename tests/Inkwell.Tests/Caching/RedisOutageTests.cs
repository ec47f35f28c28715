using System.Collections.Concurrent;
using System.Net;
using Inkwell.Platform.Caching;
using Inkwell.Tests.Api.Content;
using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Services.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inkwell.Tests.Caching;

/// <summary>A real redis-server stopped and started again under a running Inkwell: degraded, never down, and back.</summary>
public sealed class RedisOutageTests(RedisOutageTests.OutageFactory factory) : IClassFixture<RedisOutageTests.OutageFactory>
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);

    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Without_redis_inkwell_serves_fresh_reads_from_the_database_reports_degraded_logs_once_and_recovers()
    {
        var author = await _api.RegisterAsync();
        var slug = (await _api.CreateArticleAsync(author)).Slug();
        var cached = await Read.PrimedAsync(_api.Http, $"/api/articles/{slug}");
        Assert.Contains("\"cache-redis\":{\"status\":\"Healthy\"", await ReadyAsync(HttpStatusCode.OK));

        await factory.Redis.StopAsync();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await Read.GetAsync(_api.Http, $"/api/articles/{slug}")).Status);
            }

            var during = ApiClient.Unique("Written while Redis is down ");
            (await _api.PutAsync($"/api/articles/{slug}", new { article = new { body = during } }, author.Token)).EnsureSuccessStatusCode();
            var read = await Read.GetAsync(_api.Http, $"/api/articles/{slug}", cached.ETag);
            Assert.Equal(HttpStatusCode.OK, read.Status);
            Assert.Equal(during, read.Json["article"]!["body"]!.GetValue<string>());
            Assert.Equal(HttpStatusCode.OK, (await Read.GetAsync(_api.Http, "/api/tags")).Status);
            Assert.Contains("\"cache-redis\":{\"status\":\"Degraded\"", await ReadyAsync(HttpStatusCode.OK));
            Assert.True(factory.Logs.Count(entry => entry.Contains("is unreachable", StringComparison.Ordinal)) == 1, string.Join('\n', factory.Logs));
        }
        finally
        {
            await factory.Redis.StartAsync();
        }

        await Eventually.HoldsAsync(async () => (await ReadyAsync(HttpStatusCode.OK)).Contains("\"cache-redis\":{\"status\":\"Healthy\"", StringComparison.Ordinal),
            Recovery, "the readiness check to see Redis again");
        Assert.True(factory.Logs.Count(entry => entry.Contains("caching resumes", StringComparison.Ordinal)) == 1, string.Join('\n', factory.Logs));
        var after = ApiClient.Unique("Written after Redis returned ");
        var primed = await Read.PrimedAsync(_api.Http, $"/api/articles/{slug}");
        (await _api.PutAsync($"/api/articles/{slug}", new { article = new { body = after } }, author.Token)).EnsureSuccessStatusCode();
        var fresh = await Read.GetAsync(_api.Http, $"/api/articles/{slug}", primed.ETag);
        Assert.Equal(HttpStatusCode.OK, fresh.Status);
        Assert.Equal(after, fresh.Json["article"]!["body"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotModified, (await Read.GetAsync(_api.Http, $"/api/articles/{slug}", fresh.ETag)).Status);
    }

    private async Task<string> ReadyAsync(HttpStatusCode expected)
    {
        using var response = await _api.Http.GetAsync("/health/ready");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"/health/ready answered {response.StatusCode}: {body}");
        return body;
    }

    /// <summary>An Inkwell host on a private Redis that the test may stop, keeping what the cache logs.</summary>
    public sealed class OutageFactory : InkwellFactory, IAsyncLifetime
    {
        public TestRedis Redis { get; private set; } = null!;

        public ConcurrentQueue<string> Logs { get; } = new();

        public async Task InitializeAsync() => Redis = await TestRedis.PrivateAsync();

        async Task IAsyncLifetime.DisposeAsync()
        {
            Dispose();
            await Redis.DisposeAsync();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cache:Redis", Redis.Configuration);
            builder.UseSetting("Cache:Namespace", $"test-{Guid.NewGuid():N}");
            builder.UseSetting("Logging:LogLevel:Inkwell.Platform.Caching", "Information");
            builder.ConfigureLogging(logging => logging.AddProvider(new CollectingLoggerProvider(Logs)));
        }
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<string> entries) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) =>
            categoryName == typeof(RedisConnection).FullName ? new CollectingLogger(entries) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }
    }

    private sealed class CollectingLogger(ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(formatter(state, exception));
    }
}
