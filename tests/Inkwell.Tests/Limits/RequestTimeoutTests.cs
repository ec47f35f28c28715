using System.Diagnostics;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Inkwell.Tests.Limits;

public sealed class RequestTimeoutTests(RequestTimeoutTests.FiveSecondTimeout host) : IClassFixture<RequestTimeoutTests.FiveSecondTimeout>
{
    public sealed class FiveSecondTimeout : InkwellFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RequestTimeouts:Default", "00:00:05");
        }
    }

    [Fact]
    public async Task A_request_still_running_after_the_timeout_is_stopped_with_503_in_the_error_format()
    {
        var api = host.CreateApiClient();
        var author = await api.RegisterAsync();

        // Another writer holds the articles table, so the new article waits for the database. PostgreSQL stops
        // the wait when the request is cancelled; SQLite waits out its busy loop, so the lock is let go after 8 s.
        var clock = Stopwatch.StartNew();
        HttpResponseMessage response;
        await using (var blocker = await HoldArticlesTableAsync())
        {
            var sending = api.PostAsync("/api/articles", new { article = new { title = "Too slow", description = "d", body = "b" } }, author.Token);
            await Task.WhenAny(sending, Task.Delay(TimeSpan.FromSeconds(8)));
            await blocker.DisposeAsync();
            response = await sending;
        }

        var errors = await response.AssertErrorAsync(HttpStatusCode.ServiceUnavailable, "request");
        Assert.Equal("took longer than 5 seconds and was stopped", errors["request"]![0]!.GetValue<string>());
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(4.9), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_request_that_finishes_in_time_is_answered_as_usual()
    {
        var api = host.CreateApiClient();
        var author = await api.RegisterAsync();

        var article = await api.CreateArticleAsync(author);

        Assert.False(string.IsNullOrEmpty(article["slug"]!.GetValue<string>()));
    }

    /// <summary>An open transaction that keeps every other writer of articles waiting until it is disposed.</summary>
    private async Task<DbConnection> HoldArticlesTableAsync()
    {
        DbConnection connection = host.Database.Provider == "Postgres"
            ? new NpgsqlConnection(host.Database.ConnectionString)
            : new SqliteConnection($"Data Source={Path.Combine(host.DataPath, "inkwell.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = host.Database.Provider == "Postgres"
            ? "BEGIN; LOCK TABLE content_articles IN EXCLUSIVE MODE"
            : "BEGIN IMMEDIATE";
        await command.ExecuteNonQueryAsync();
        return connection;
    }
}
