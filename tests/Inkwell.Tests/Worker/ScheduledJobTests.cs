using Inkwell.Content.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Tests.Infrastructure;
using Inkwell.Worker.Contracts;
using Inkwell.Worker.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Worker;

/// <summary>What each scheduled job does when it runs (here started the way <c>inkwell jobs run</c> starts it).</summary>
[Collection(WorkerCollection.Name)]
public sealed class ScheduledJobTests(WorkerFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Trending_tags_rank_the_weeks_articles_and_favorites_and_lead_the_home_pages_popular_tags()
    {
        var (hot, warm) = (ApiClient.Unique("hot"), ApiClient.Unique("warm"));
        var author = await _api.RegisterAsync();
        var fan = await _api.RegisterAsync();
        var warmArticle = await _api.CreateArticleAsync(author, tags: [warm, hot]);
        await _api.CreateArticleAsync(author, tags: [hot]);
        await _api.PostAsync($"/api/articles/{warmArticle["slug"]}/favorite", null, fan.Token);
        await _api.PostAsync($"/api/articles/{warmArticle["slug"]}/favorite", null, author.Token);

        await RunAsync("trending-tags");

        await using var scope = factory.Services.CreateAsyncScope();
        var trending = (await scope.ServiceProvider.GetRequiredService<ITrendingTags>().ListAsync(50, CancellationToken.None)).ToList();
        var home = await factory.CreateClient().GetStringAsync("/");
        // hot: 2 articles + 2 favorites; warm: 1 article + 2 favorites.
        Assert.True(trending.IndexOf(hot) >= 0 && trending.IndexOf(hot) < trending.IndexOf(warm), string.Join(", ", trending));
        Assert.True(home.IndexOf($"?tag={hot}", StringComparison.Ordinal) < home.IndexOf($"?tag={warm}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Purging_refresh_tokens_deletes_revoked_ones_and_keeps_those_still_usable()
    {
        var signedOut = await RegisterAsync();
        var signedIn = await RegisterAsync();
        (await _api.PostAsync("/api/users/logout", new { user = new { refreshToken = signedOut.RefreshToken } })).EnsureSuccessStatusCode();

        await RunAsync("purge-refresh-tokens");

        Assert.Equal(0, await TokenCountAsync(signedOut.Username));
        Assert.Equal(1, await TokenCountAsync(signedIn.Username));
        var exchanged = await _api.PostAsync("/api/users/token", new { user = new { refreshToken = signedIn.RefreshToken } });
        Assert.Equal(HttpStatusCode.OK, exchanged.StatusCode);
    }

    [Fact]
    public async Task The_weekly_digest_mails_followers_the_weeks_articles_once_however_often_it_runs()
    {
        var writer = await _api.RegisterAsync();
        var reader = await _api.RegisterAsync();
        await _api.PostAsync($"/api/profiles/{writer.Username}/follow", null, reader.Token);
        var article = await _api.CreateArticleAsync(writer, title: ApiClient.Unique("Digest "));

        await RunAsync(WeeklyDigest.Name);
        await factory.WaitForQueueAsync(SendDigestMail.JobName);
        await RunAsync(WeeklyDigest.Name);
        await factory.WaitForQueueAsync(SendDigestMail.JobName);

        var digest = Assert.Single(MailFolder.To(factory.MailFolder, reader.Email), m => m.Subject?.StartsWith("Your week", StringComparison.Ordinal) == true);
        Assert.Equal("Your week on Inkwell: 1 new article", digest.Subject);
        Assert.Contains($"{article["title"]} — by {writer.Username}", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://inkwell.example/article/{article["slug"]}", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(MailFolder.To(factory.MailFolder, writer.Email), m => m.Subject?.StartsWith("Your week", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_jobs_list_shows_each_scheduled_job_with_its_last_run_and_no_next_run_when_switched_off()
    {
        await RunAsync("purge-finished-jobs");

        await using var scope = factory.Services.CreateAsyncScope();
        var overview = await scope.ServiceProvider.GetRequiredService<IJobs>().ListAsync(includeSucceeded: true, CancellationToken.None);

        Assert.Equal(
            ["purge-finished-jobs", "purge-refresh-tokens", "site-documents", "trending-tags", "uptime-checks", "weekly-digest"], overview.Scheduled.Select(j => j.Name));
        var purge = overview.Scheduled[0];
        Assert.Equal("succeeded", purge.LastOutcome);
        Assert.Null(purge.NextRunAt);
        Assert.Equal("off", purge.Schedule);
    }

    [Fact]
    public async Task The_scheduler_keeps_its_schedule_in_the_database_and_is_clustered_on_postgres()
    {
        var scheduler = await factory.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();

        var metadata = await scheduler.GetMetadata();

        Assert.True(metadata.JobStorePersistent);
        Assert.Equal(TestDatabase.IsPostgres, metadata.JobStoreClustered);
        if (TestDatabase.IsPostgres)
        {
            Assert.DoesNotContain(metadata.SchedulerInstanceId, new[] { "NON_CLUSTERED", "AUTO" });
        }
    }

    private async Task RunAsync(string job)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IJobs>().RunNowAsync(job, CancellationToken.None);
        Assert.True(result.Succeeded);
    }

    private async Task<(string Username, string RefreshToken)> RegisterAsync()
    {
        var username = ApiClient.Unique("tokens");
        var response = await _api.PostAsync("/api/users", new { user = new { username, email = $"{username}@example.com", password = ApiClient.Password } });
        var body = await response.ReadJsonAsync(HttpStatusCode.Created);
        return (username, body["user"]!["refreshToken"]!.GetValue<string>());
    }

    private async Task<int> TokenCountAsync(string username)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var userId = await db.Users.Where(u => u.Username == username).Select(u => u.Id).SingleAsync();
        return await db.RefreshTokens.CountAsync(t => t.UserId == userId);
    }
}
