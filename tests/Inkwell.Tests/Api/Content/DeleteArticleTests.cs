using Inkwell.Content.Data;
using Inkwell.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Api.Content;

[Collection(ApiCollection.Name)]
public sealed class DeleteArticleTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task The_author_deletes_an_article_with_204_and_then_it_is_404()
    {
        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author);

        var response = await _api.DeleteAsync($"/api/articles/{article.Slug()}", author.Token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await _api.GetAsync($"/api/articles/{article.Slug()}")).AssertErrorAsync(HttpStatusCode.NotFound, "article");
        Assert.Equal(0, (await _api.ListAsync($"?author={author.Username}")).ArticlesCount());
    }

    [Fact]
    public async Task Deleting_someone_elses_article_is_403_and_the_article_stays()
    {
        var author = await _api.RegisterAsync();
        var intruder = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author);

        var response = await _api.DeleteAsync($"/api/articles/{article.Slug()}", intruder.Token);

        await response.AssertErrorAsync(HttpStatusCode.Forbidden, "article");
        Assert.Equal(article["title"].Text(), (await _api.GetArticleAsync(article.Slug()))["title"].Text());
    }

    [Fact]
    public async Task Deleting_an_unknown_slug_is_404_and_without_a_token_is_401()
    {
        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author);

        await (await _api.DeleteAsync($"/api/articles/{ApiClient.Unique("missing-")}", author.Token)).AssertErrorAsync(HttpStatusCode.NotFound, "article");
        await (await _api.DeleteAsync($"/api/articles/{article.Slug()}")).AssertErrorAsync(HttpStatusCode.Unauthorized, "token");
        await _api.GetArticleAsync(article.Slug());
    }

    [Fact]
    public async Task Deleting_an_article_removes_its_comments_favorites_and_tags()
    {
        var author = await _api.RegisterAsync();
        var reader = await _api.RegisterAsync();
        var tag = ApiClient.Unique("doomed");
        var article = await _api.CreateArticleAsync(author, tags: [tag]);
        await _api.AddCommentAsync(reader, article.Slug());
        await _api.FavoriteAsync(reader, article.Slug());

        Assert.Equal(HttpStatusCode.NoContent, (await _api.DeleteAsync($"/api/articles/{article.Slug()}", author.Token)).StatusCode);

        await (await _api.GetAsync($"/api/articles/{article.Slug()}/comments")).AssertErrorAsync(HttpStatusCode.NotFound, "article");
        Assert.Equal(0, (await _api.ListAsync($"?favorited={reader.Username}")).ArticlesCount());
        Assert.Equal(0, (await _api.ListAsync($"?tag={tag}")).ArticlesCount());

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var slug = article.Slug();
        Assert.False(await db.Articles.AnyAsync(a => a.Slug == slug));
        Assert.False(await db.Comments.AnyAsync(c => !db.Articles.Any(a => a.Id == c.ArticleId)));
        Assert.False(await db.Favorites.AnyAsync(f => !db.Articles.Any(a => a.Id == f.ArticleId)));
        Assert.False(await db.ArticleTags.AnyAsync(t => !db.Articles.Any(a => a.Id == t.ArticleId)));
    }

    [Fact]
    public async Task A_new_article_with_a_deleted_articles_title_starts_without_its_comments()
    {
        var author = await _api.RegisterAsync();
        var title = ApiClient.Unique("Reborn ");
        var first = await _api.CreateArticleAsync(author, title);
        await _api.AddCommentAsync(author, first.Slug(), "On the first one");
        await _api.DeleteAsync($"/api/articles/{first.Slug()}", author.Token);

        var second = await _api.CreateArticleAsync(author, title);

        Assert.Equal(first.Slug(), second.Slug());
        Assert.Empty(await _api.CommentsAsync(second.Slug()));
    }
}
