using Inkwell.Content.Contracts;
using Inkwell.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Api.Content;

/// <summary>Requests that race for the same rows still leave counts and slugs right.</summary>
[Collection(ApiCollection.Name)]
public sealed class ConcurrencyTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Readers_favoriting_at_the_same_moment_are_all_counted()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var fans = new List<SignedInUser>();
        for (var i = 0; i < 8; i++)
        {
            fans.Add(await _api.RegisterAsync());
        }

        var responses = await Task.WhenAll(fans.Select(fan => _api.PostAsync($"/api/articles/{article.Slug()}/favorite", null, fan.Token)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(8, (await _api.GetArticleAsync(article.Slug()))["favoritesCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Favorites_and_unfavorites_racing_each_other_leave_the_right_count()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var leaving = new List<SignedInUser>();
        for (var i = 0; i < 4; i++)
        {
            leaving.Add(await _api.RegisterAsync());
            await _api.FavoriteAsync(leaving[i], article.Slug());
        }

        var joining = new List<SignedInUser>();
        for (var i = 0; i < 3; i++)
        {
            joining.Add(await _api.RegisterAsync());
        }

        await Task.WhenAll(leaving.Select(fan => _api.DeleteAsync($"/api/articles/{article.Slug()}/favorite", fan.Token))
            .Concat(joining.Select(fan => _api.PostAsync($"/api/articles/{article.Slug()}/favorite", null, fan.Token))));

        Assert.Equal(3, (await _api.GetArticleAsync(article.Slug()))["favoritesCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task One_reader_favoriting_twice_at_once_counts_once()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var fan = await _api.RegisterAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _api.PostAsync($"/api/articles/{article.Slug()}/favorite", null, fan.Token)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, (await _api.GetArticleAsync(article.Slug()))["favoritesCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Articles_created_at_once_with_the_same_title_get_distinct_slugs()
    {
        var author = await _api.RegisterAsync();
        var title = ApiClient.Unique("Race ");
        var tag = ApiClient.Unique("race");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _api.PostAsync("/api/articles", new
        {
            article = new { title, description = "d", body = "b", tagList = new[] { tag } },
        }, author.Token)));

        var slugs = new List<string>();
        foreach (var response in responses)
        {
            slugs.Add((await response.ReadArticleAsync(HttpStatusCode.Created)).Slug());
        }

        var slug = title.ToLowerInvariant().Replace(' ', '-');
        Assert.Equal([slug, .. Enumerable.Range(2, 5).Select(n => $"{slug}-{n}")], slugs.Order(StringComparer.Ordinal));
        Assert.Equal(6, (await _api.ListAsync($"?tag={tag}")).ArticlesCount());
    }

    [Fact]
    public async Task Articles_created_and_deleted_at_once_under_the_same_tags_all_succeed_and_leave_the_counts_right()
    {
        var author = await _api.RegisterAsync();
        var tags = new[] { ApiClient.Unique("busy"), ApiClient.Unique("crowded") };
        var doomed = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            doomed.Add((await _api.CreateArticleAsync(author, tags: i % 2 == 0 ? tags : [tags[1], tags[0]])).Slug());
        }

        var responses = await Task.WhenAll(doomed.Select(slug => _api.DeleteAsync($"/api/articles/{slug}", author.Token))
            .Concat(Enumerable.Range(0, 6).Select(i => _api.PostAsync("/api/articles", new
            {
                article = new { title = ApiClient.Unique("Busy "), description = "d", body = "b", tagList = i % 2 == 0 ? tags : [tags[1], tags[0]] },
            }, author.Token))));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"{r.RequestMessage!.Method} answered {(int)r.StatusCode}"));
        Assert.Equal(6, (await _api.ListAsync($"?tag={tags[0]}")).ArticlesCount());
        Assert.Equal(6, (await _api.ListAsync($"?tag={tags[1]}&limit=100")).Articles().Count);
        Assert.Equal(6, (await _api.ListAsync($"?tag={tags[1]}")).ArticlesCount());
    }

    [Fact]
    public async Task Articles_hidden_shown_created_and_deleted_at_once_by_one_author_under_the_same_tags_leave_the_counts_right()
    {
        var author = await _api.RegisterAsync();
        var tags = new[] { ApiClient.Unique("watched"), ApiClient.Unique("flagged") };
        var existing = new List<string>();
        for (var i = 0; i < 9; i++)
        {
            existing.Add((await _api.CreateArticleAsync(author, tags: i % 2 == 0 ? tags : [tags[1], tags[0]])).Slug());
        }

        await SetHiddenAsync(existing[6], true);
        await SetHiddenAsync(existing[7], true);
        await SetHiddenAsync(existing[8], true);

        // Six shown; at once 0-2 are hidden, 6-7 shown again, 3-4 deleted and four created: 6 - 3 + 2 - 2 + 4.
        var writes = existing[..3].Select(slug => SetHiddenAsync(slug, true))
            .Concat(existing[6..8].Select(slug => SetHiddenAsync(slug, false)))
            .Concat(existing[3..5].Select(async slug => Assert.True((await _api.DeleteAsync($"/api/articles/{slug}", author.Token)).IsSuccessStatusCode)))
            .Concat(Enumerable.Range(0, 4).Select(async i => Assert.Equal(HttpStatusCode.Created, (await _api.PostAsync("/api/articles", new
            {
                article = new { title = ApiClient.Unique("Watched "), description = "d", body = "b", tagList = i % 2 == 0 ? tags : [tags[1], tags[0]] },
            }, author.Token)).StatusCode)));
        await Task.WhenAll(writes);

        foreach (var list in new[] { $"?tag={tags[0]}", $"?tag={tags[1]}", $"?author={author.Username}" })
        {
            var page = await _api.ListAsync(list + "&limit=100");
            Assert.Equal(7, page.ArticlesCount());
            Assert.Equal(7, page.Articles().Count);
        }
    }

    private async Task SetHiddenAsync(string slug, bool hidden)
    {
        using var scope = factory.Services.CreateScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<IModeration>().SetArticleHiddenAsync(slug, hidden, CancellationToken.None)).Succeeded);
    }
}
