using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Content;

[Collection(ApiCollection.Name)]
public sealed class DeleteCommentTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task The_comments_author_deletes_it_with_204_and_it_is_gone()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var commenter = await _api.RegisterAsync();
        var doomed = await _api.AddCommentAsync(commenter, article.Slug(), "doomed");
        await _api.AddCommentAsync(commenter, article.Slug(), "kept");

        var response = await _api.DeleteAsync($"/api/articles/{article.Slug()}/comments/{doomed["id"]}", commenter.Token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["kept"], (await _api.CommentsAsync(article.Slug())).Select(c => c["body"].Text()));
    }

    [Fact]
    public async Task Deleting_someone_elses_comment_is_403_and_it_stays()
    {
        var articleAuthor = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(articleAuthor);
        var commenter = await _api.RegisterAsync();
        var comment = await _api.AddCommentAsync(commenter, article.Slug(), "mine");

        var response = await _api.DeleteAsync($"/api/articles/{article.Slug()}/comments/{comment["id"]}", (await _api.RegisterAsync()).Token);

        await response.AssertErrorAsync(HttpStatusCode.Forbidden, "comment");
        Assert.Equal(["mine"], (await _api.CommentsAsync(article.Slug())).Select(c => c["body"].Text()));
    }

    [Theory]
    [InlineData("999999999")]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task Deleting_an_unknown_or_non_numeric_comment_id_is_404(string id)
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var commenter = await _api.RegisterAsync();

        var response = await _api.DeleteAsync($"/api/articles/{article.Slug()}/comments/{id}", commenter.Token);

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "comment");
    }

    [Fact]
    public async Task A_comment_id_from_another_article_is_404_and_the_comment_stays()
    {
        var author = await _api.RegisterAsync();
        var commented = await _api.CreateArticleAsync(author);
        var other = await _api.CreateArticleAsync(author);
        var commenter = await _api.RegisterAsync();
        var comment = await _api.AddCommentAsync(commenter, commented.Slug(), "stays here");

        var response = await _api.DeleteAsync($"/api/articles/{other.Slug()}/comments/{comment["id"]}", commenter.Token);

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "comment");
        Assert.Single(await _api.CommentsAsync(commented.Slug()));
    }

    [Fact]
    public async Task Deleting_a_comment_on_an_unknown_article_is_404()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var commenter = await _api.RegisterAsync();
        var comment = await _api.AddCommentAsync(commenter, article.Slug());

        var response = await _api.DeleteAsync($"/api/articles/{ApiClient.Unique("missing-")}/comments/{comment["id"]}", commenter.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(await _api.CommentsAsync(article.Slug()));
    }

    [Fact]
    public async Task Deleting_a_comment_without_a_token_is_401_and_it_stays()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var commenter = await _api.RegisterAsync();
        var comment = await _api.AddCommentAsync(commenter, article.Slug());

        var response = await _api.DeleteAsync($"/api/articles/{article.Slug()}/comments/{comment["id"]}");

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "token");
        Assert.Single(await _api.CommentsAsync(article.Slug()));
    }
}
