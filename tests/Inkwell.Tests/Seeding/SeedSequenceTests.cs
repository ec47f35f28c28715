using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Seeding;

/// <summary>Seeded rows carry explicit ids; the site must go on numbering after them.</summary>
public sealed class SeedSequenceTests
{
    [Fact]
    public async Task After_seeding_new_users_tags_articles_and_comments_can_be_created()
    {
        using var factory = new SeededInkwellFactory();
        await factory.InitializeAsync();
        var api = factory.CreateApiClient();

        var writer = await api.RegisterAsync();
        var article = await api.CreateArticleAsync(writer, tags: ["brand-new-tag", "programming"]);
        var slug = article["slug"]!.GetValue<string>();
        var comment = await api.PostAsync($"/api/articles/{slug}/comments", new { comment = new { body = "First!" } }, writer.Token);

        await comment.ReadJsonAsync(HttpStatusCode.OK);
        var page = await (await api.GetAsync("/api/articles?limit=1")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(SeedTestPlans.Custom.Articles + 1, page["articlesCount"]!.GetValue<int>());
        Assert.Equal(slug, page["articles"]!.AsArray()[0]!["slug"]!.GetValue<string>());
    }
}
