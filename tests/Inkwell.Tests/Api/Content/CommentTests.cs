using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Content;

[Collection(ApiCollection.Name)]
public sealed class CommentTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Adding_a_comment_returns_200_with_id_timestamps_body_and_author()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var commenter = await _api.RegisterAsync();

        var response = await _api.PostAsync($"/api/articles/{article.Slug()}/comments", new { comment = new { body = "  Thank you!  " } }, commenter.Token);

        var comment = await response.ReadCommentAsync(HttpStatusCode.OK);
        Assert.True(comment["id"]!.GetValue<long>() > 0);
        Assert.Matches(ContentApi.TimestampPattern, comment["createdAt"].Text());
        Assert.Matches(ContentApi.TimestampPattern, comment["updatedAt"].Text());
        Assert.Equal("Thank you!", comment["body"].Text());
        var author = comment["author"]!.AsObject();
        Assert.Equal(commenter.Username, author["username"].Text());
        Assert.True(author.ContainsKey("bio") && author["bio"] is null);
        Assert.True(author.ContainsKey("image") && author["image"] is null);
        Assert.False(author["following"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Comments_are_listed_oldest_first_to_anonymous_readers()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var commenter = await _api.RegisterAsync();
        var first = await _api.AddCommentAsync(commenter, article.Slug(), "first");
        var second = await _api.AddCommentAsync(commenter, article.Slug(), "second");
        var third = await _api.AddCommentAsync(commenter, article.Slug(), "third");

        var comments = await _api.CommentsAsync(article.Slug());

        Assert.Equal(["first", "second", "third"], comments.Select(c => c["body"].Text()));
        Assert.Equal(
            new[] { first, second, third }.Select(c => c["id"]!.GetValue<long>()),
            comments.Select(c => c["id"]!.GetValue<long>()));
    }

    [Fact]
    public async Task An_article_without_comments_lists_an_empty_array()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());

        Assert.Empty(await _api.CommentsAsync(article.Slug()));
    }

    [Fact]
    public async Task The_comment_authors_following_flag_reflects_the_reader()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var commenter = await _api.RegisterAsync();
        var follower = await _api.RegisterAsync();
        await _api.AddCommentAsync(commenter, article.Slug());
        await _api.FollowAsync(follower, commenter.Username);

        var asFollower = (await _api.CommentsAsync(article.Slug(), follower.Token)).Single();
        var anonymous = (await _api.CommentsAsync(article.Slug())).Single();

        Assert.True(asFollower["author"]!["following"]!.GetValue<bool>());
        Assert.False(anonymous["author"]!["following"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_comment_is_422_and_not_added(string body)
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var commenter = await _api.RegisterAsync();

        var response = await _api.PostAsync($"/api/articles/{article.Slug()}/comments", new { comment = new { body } }, commenter.Token);

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "body");
        Assert.Empty(await _api.CommentsAsync(article.Slug()));
    }

    [Fact]
    public async Task A_comment_over_5000_characters_is_422_and_5000_is_accepted()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var commenter = await _api.RegisterAsync();

        var tooLong = await _api.PostAsync($"/api/articles/{article.Slug()}/comments", new { comment = new { body = new string('c', 5001) } }, commenter.Token);
        await tooLong.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "body");

        var longest = await _api.AddCommentAsync(commenter, article.Slug(), new string('c', 5000));
        Assert.Equal(5000, longest["body"].Text().Length);
        Assert.Single(await _api.CommentsAsync(article.Slug()));
    }

    [Fact]
    public async Task A_comment_without_the_envelope_is_422()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var commenter = await _api.RegisterAsync();

        var response = await _api.PostAsync($"/api/articles/{article.Slug()}/comments", """{"body":"no envelope"}""", commenter.Token);

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "comment");
    }

    [Fact]
    public async Task Comments_on_an_unknown_article_are_404()
    {
        var commenter = await _api.RegisterAsync();
        var slug = ApiClient.Unique("missing-");

        await (await _api.PostAsync($"/api/articles/{slug}/comments", new { comment = new { body = "Hello?" } }, commenter.Token))
            .AssertErrorAsync(HttpStatusCode.NotFound, "article");
        await (await _api.GetAsync($"/api/articles/{slug}/comments")).AssertErrorAsync(HttpStatusCode.NotFound, "article");
    }

    [Fact]
    public async Task Commenting_without_a_token_is_401_and_adds_nothing()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());

        var response = await _api.PostAsync($"/api/articles/{article.Slug()}/comments", new { comment = new { body = "Anonymous" } });

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "token");
        Assert.Empty(await _api.CommentsAsync(article.Slug()));
    }
}
