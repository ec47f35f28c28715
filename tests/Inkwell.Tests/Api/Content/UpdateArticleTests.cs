using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Content;

[Collection(ApiCollection.Name)]
public sealed class UpdateArticleTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task The_author_can_change_title_description_body_and_tags()
    {
        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author, tags: ["old", "kept"]);
        var title = ApiClient.Unique("Changed ");

        var response = await _api.PutAsync($"/api/articles/{article.Slug()}", new
        {
            article = new { title, description = "New description", body = "New body", tagList = new[] { "kept", "New" } },
        }, author.Token);

        var updated = await response.ReadArticleAsync();
        var read = await _api.GetArticleAsync(updated.Slug());
        foreach (var result in new[] { updated, read })
        {
            Assert.Equal(title, result["title"].Text());
            Assert.Equal("New description", result["description"].Text());
            Assert.Equal("New body", result["body"].Text());
            Assert.Equal(["kept", "new"], result.Tags());
        }
    }

    [Fact]
    public async Task Fields_left_out_of_the_update_are_unchanged()
    {
        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author, tags: ["stays"]);

        var response = await _api.PutAsync($"/api/articles/{article.Slug()}", new { article = new { body = "Only the body" } }, author.Token);

        await response.ReadArticleAsync();
        var read = await _api.GetArticleAsync(article.Slug());
        Assert.Equal(article["title"].Text(), read["title"].Text());
        Assert.Equal(article["description"].Text(), read["description"].Text());
        Assert.Equal(["stays"], read.Tags());
        Assert.Equal("Only the body", read["body"].Text());
    }

    [Fact]
    public async Task An_empty_tagList_removes_every_tag()
    {
        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author, tags: ["gone", "too"]);

        var response = await _api.PutAsync($"/api/articles/{article.Slug()}", new { article = new { tagList = Array.Empty<string>() } }, author.Token);

        Assert.Empty((await response.ReadArticleAsync())["tagList"]!.AsArray());
        Assert.Empty((await _api.GetArticleAsync(article.Slug()))["tagList"]!.AsArray());
    }

    [Fact]
    public async Task UpdatedAt_moves_forward_and_createdAt_stays()
    {
        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author);

        var updated = await (await _api.PutAsync($"/api/articles/{article.Slug()}", new { article = new { body = "Later" } }, author.Token)).ReadArticleAsync();

        Assert.Matches(ContentApi.TimestampPattern, updated["updatedAt"].Text());
        Assert.Equal(article["createdAt"].Text(), updated["createdAt"].Text());
        Assert.True(string.CompareOrdinal(updated["updatedAt"].Text(), article["updatedAt"].Text()) >= 0, updated.ToJsonString());
        Assert.True(string.CompareOrdinal(updated["updatedAt"].Text(), updated["createdAt"].Text()) >= 0, updated.ToJsonString());
        Assert.Equal("Later", updated["body"].Text());
    }

    [Fact]
    public async Task Updating_someone_elses_article_is_403_and_changes_nothing()
    {
        var author = await _api.RegisterAsync();
        var intruder = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author, tags: ["mine"]);

        var response = await _api.PutAsync($"/api/articles/{article.Slug()}", new
        {
            article = new { title = "Hijacked", body = "Hijacked", tagList = new[] { "hijacked" } },
        }, intruder.Token);

        await response.AssertErrorAsync(HttpStatusCode.Forbidden, "article");
        var read = await _api.GetArticleAsync(article.Slug());
        Assert.Equal(article["title"].Text(), read["title"].Text());
        Assert.Equal(article["body"].Text(), read["body"].Text());
        Assert.Equal(["mine"], read.Tags());
        Assert.Equal(article["updatedAt"].Text(), read["updatedAt"].Text());
    }

    [Fact]
    public async Task Updating_an_unknown_slug_is_404()
    {
        var author = await _api.RegisterAsync();

        var response = await _api.PutAsync($"/api/articles/{ApiClient.Unique("missing-")}", new { article = new { body = "x" } }, author.Token);

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "article");
    }

    [Theory]
    [InlineData("title")]
    [InlineData("description")]
    [InlineData("body")]
    public async Task Blanking_a_required_field_is_422_and_changes_nothing(string field)
    {
        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author);

        var response = await _api.PutAsync($"/api/articles/{article.Slug()}", new { article = new Dictionary<string, string> { [field] = " " } }, author.Token);

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, field);
        Assert.Equal(article[field].Text(), (await _api.GetArticleAsync(article.Slug()))[field].Text());
    }

    [Fact]
    public async Task Too_many_tags_in_an_update_is_422_and_the_tags_stay()
    {
        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author, tags: ["before"]);
        var tagList = Enumerable.Range(0, 11).Select(i => $"t{i}").ToArray();

        var response = await _api.PutAsync($"/api/articles/{article.Slug()}", new { article = new { tagList } }, author.Token);

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "tagList");
        Assert.Equal(["before"], (await _api.GetArticleAsync(article.Slug())).Tags());
    }

    [Fact]
    public async Task Updating_without_a_token_is_401_and_without_the_envelope_is_422()
    {
        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author);

        await (await _api.PutAsync($"/api/articles/{article.Slug()}", new { article = new { body = "x" } })).AssertErrorAsync(HttpStatusCode.Unauthorized, "token");
        await (await _api.PutAsync($"/api/articles/{article.Slug()}", "{}", author.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "article");
        Assert.Equal(article["body"].Text(), (await _api.GetArticleAsync(article.Slug()))["body"].Text());
    }
}
