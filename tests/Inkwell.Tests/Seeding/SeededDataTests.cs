using Inkwell.Content.Data;
using Inkwell.Identity.Data;
using Inkwell.Identity.Seeding;
using Inkwell.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Seeding;

/// <summary>What <c>inkwell seed</c> writes for a small custom plan, read back from the tables and through the API.</summary>
public sealed class SeededDataTests(SeededInkwellFactory factory) : IClassFixture<SeededInkwellFactory>
{
    private static readonly Inkwell.Platform.Seeding.SeedPlan Plan = SeedTestPlans.Custom;

    [Fact]
    public async Task Every_table_holds_exactly_the_requested_rows()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var content = scope.ServiceProvider.GetRequiredService<ContentDbContext>();

        Assert.Equal(Plan.Users, await identity.Users.CountAsync());
        Assert.Equal(Plan.Follows, await identity.Follows.CountAsync());
        Assert.Equal(Plan.Tags, await content.Tags.CountAsync());
        Assert.Equal(Plan.Articles, await content.Articles.CountAsync());
        Assert.Equal(Plan.Favorites, await content.Favorites.CountAsync());
        Assert.Equal(Plan.Comments, await content.Comments.CountAsync());
    }

    [Fact]
    public async Task Each_article_counts_its_favorites_has_one_to_five_tags_and_a_slug_of_its_own()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var articles = await content.Articles.Select(a => new { a.Id, a.Slug, a.FavoritesCount }).ToListAsync();
        var favorites = (await content.Favorites.Select(f => f.ArticleId).ToListAsync()).CountBy(id => id).ToDictionary();
        var tags = (await content.ArticleTags.Select(t => t.ArticleId).ToListAsync()).CountBy(id => id).ToDictionary();

        Assert.All(articles, a => Assert.Equal(favorites.GetValueOrDefault(a.Id), a.FavoritesCount));
        Assert.All(articles, a => Assert.InRange(tags.GetValueOrDefault(a.Id), 1, 5));
        Assert.Equal(articles.Count, articles.Select(a => a.Slug).Distinct().Count());
        // Skewed, not uniform: some articles are far more popular than the average of 2.5 favorites.
        Assert.True(articles.Max(a => a.FavoritesCount) >= 10, $"most favorited: {articles.Max(a => a.FavoritesCount)}");
    }

    [Fact]
    public async Task Celebrities_are_followed_by_most_users()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var celebrityIds = await identity.Users.Where(u => u.Username == "user1" || u.Username == "user2").Select(u => u.Id).ToListAsync();

        foreach (var celebrity in celebrityIds)
        {
            Assert.True(await identity.Follows.CountAsync(f => f.FolloweeId == celebrity) >= Plan.Users / 2);
        }

        Assert.False(await identity.Follows.AnyAsync(f => f.FollowerId == f.FolloweeId));
    }

    [Fact]
    public async Task A_seeded_user_signs_in_with_the_seed_password()
    {
        var api = factory.CreateApiClient();

        var response = await api.PostAsync("/api/users/login", new { user = new { email = "user3@seed.inkwell.test", password = IdentityBulkSeeder.Password } });

        var user = (await response.ReadJsonAsync(HttpStatusCode.OK))["user"]!;
        Assert.Equal("user3", user["username"]!.GetValue<string>());
        var me = await api.GetAsync("/api/user", user["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task The_api_lists_the_seeded_articles_newest_first_with_their_counts()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var newest = await content.Articles.OrderByDescending(a => a.CreatedAt).FirstAsync();
        var api = factory.CreateApiClient();

        var page = await (await api.GetAsync("/api/articles?limit=5")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(Plan.Articles, page["articlesCount"]!.GetValue<int>());
        var first = page["articles"]!.AsArray()[0]!;
        Assert.Equal(newest.Slug, first["slug"]!.GetValue<string>());
        Assert.Equal(newest.FavoritesCount, first["favoritesCount"]!.GetValue<int>());
        Assert.InRange(first["tagList"]!.AsArray().Count, 1, 5);
        var comments = await (await api.GetAsync($"/api/articles/{newest.Slug}/comments")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(await content.Comments.CountAsync(c => c.ArticleId == newest.Id), comments["comments"]!.AsArray().Count);
    }

    [Fact]
    public async Task Seeding_again_is_refused_and_changes_nothing()
    {
        var outcome = await SeedTestPlans.SeedAsync(factory, Plan);

        Assert.False(outcome.Seeded);
        Assert.Contains("identity_users", outcome.NonEmptyTables);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(Plan.Articles, await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Articles.CountAsync());
    }
}
