using System.Globalization;
using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Api.Content;

/// <summary>Timestamps come from the server's clock, here one the test moves by hand.</summary>
[Collection(ApiCollection.Name)]
public sealed class TimestampTests(InkwellFactory factory)
{
    // An hour back, so these articles never count as the newest in other tests' lists.
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow.AddHours(-1));

    [Fact]
    public async Task CreatedAt_and_updatedAt_are_the_creation_time_in_utc_with_milliseconds()
    {
        using var host = HostOnClock();
        var api = new ApiClient(host.CreateClient());
        var author = await api.RegisterAsync();

        var article = await api.CreateArticleAsync(author);

        Assert.Equal(Format(_clock.GetUtcNow()), article["createdAt"].Text());
        Assert.Equal(Format(_clock.GetUtcNow()), article["updatedAt"].Text());
    }

    [Fact]
    public async Task Updating_moves_updatedAt_to_the_time_of_the_update_and_keeps_createdAt()
    {
        using var host = HostOnClock();
        var api = new ApiClient(host.CreateClient());
        var author = await api.RegisterAsync();
        var article = await api.CreateArticleAsync(author);
        var created = Format(_clock.GetUtcNow());

        _clock.Advance(TimeSpan.FromSeconds(90.5));
        var updated = await (await api.PutAsync($"/api/articles/{article.Slug()}", new { article = new { body = "Later" } }, author.Token)).ReadArticleAsync();

        Assert.Equal(created, updated["createdAt"].Text());
        Assert.Equal(Format(_clock.GetUtcNow()), updated["updatedAt"].Text());
        Assert.Equal(Format(_clock.GetUtcNow()), (await api.GetArticleAsync(updated.Slug()))["updatedAt"].Text());
    }

    [Fact]
    public async Task A_comment_carries_the_time_it_was_added()
    {
        using var host = HostOnClock();
        var api = new ApiClient(host.CreateClient());
        var article = await api.CreateArticleAsync(await api.RegisterAsync());

        _clock.Advance(TimeSpan.FromMinutes(5));
        var comment = await api.AddCommentAsync(await api.RegisterAsync(), article.Slug());

        Assert.Equal(Format(_clock.GetUtcNow()), comment["createdAt"].Text());
        Assert.Equal(Format(_clock.GetUtcNow()), (await api.CommentsAsync(article.Slug())).Single()["createdAt"].Text());
    }

    private WebApplicationFactory<Program> HostOnClock() =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
