using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Content;

[Collection(ApiCollection.Name)]
public sealed class CreateArticleValidationTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Missing_title_description_and_body_are_422_naming_each_field()
    {
        var author = await _api.RegisterAsync();
        var response = await _api.PostAsync("/api/articles", new { article = new { } }, author.Token);

        var errors = await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "title");
        Assert.True(errors.ContainsKey("description") && errors.ContainsKey("body"), errors.ToJsonString());
    }

    [Theory]
    [InlineData("title")]
    [InlineData("description")]
    [InlineData("body")]
    public async Task A_blank_required_field_is_422_naming_it(string field)
    {
        var author = await _api.RegisterAsync();
        var article = Valid();
        article[field] = "   ";
        var response = await _api.PostAsync("/api/articles", new { article }, author.Token);

        var errors = await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, field);
        Assert.Single(errors);
        Assert.Equal(0, (await _api.ListAsync($"?author={author.Username}")).ArticlesCount());
    }

    [Theory]
    [InlineData("title", 201)]
    [InlineData("description", 501)]
    [InlineData("body", 100_001)]
    public async Task A_too_long_field_is_422_and_nothing_is_written(string field, int length)
    {
        var author = await _api.RegisterAsync();
        var article = Valid();
        article[field] = new string('a', length);
        var response = await _api.PostAsync("/api/articles", new { article }, author.Token);

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, field);
        Assert.Equal(0, (await _api.ListAsync($"?author={author.Username}")).ArticlesCount());
    }

    [Fact]
    public async Task Fields_exactly_at_their_limits_are_accepted()
    {
        var author = await _api.RegisterAsync();
        var tags = Enumerable.Range(0, 10).Select(i => $"{i}{new string('t', 39)}").ToArray();
        var title = ApiClient.Unique("") + new string('t', 190);
        var response = await _api.PostAsync("/api/articles", new
        {
            article = new { title, description = new string('d', 500), body = new string('b', 100_000), tagList = tags },
        }, author.Token);

        var article = await response.ReadArticleAsync(HttpStatusCode.Created);
        Assert.Equal(200, article["title"].Text().Length);
        Assert.Equal(10, article.Tags().Count);
    }

    [Fact]
    public async Task More_than_ten_tags_is_422_and_nothing_is_written()
    {
        var author = await _api.RegisterAsync();
        var article = Valid();
        article["tagList"] = Enumerable.Range(0, 11).Select(i => $"tag{i}").ToArray();
        var response = await _api.PostAsync("/api/articles", new { article }, author.Token);

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "tagList");
        Assert.Equal(0, (await _api.ListAsync($"?author={author.Username}")).ArticlesCount());
    }

    [Fact]
    public async Task Eleven_tags_that_normalise_to_ten_are_accepted()
    {
        var author = await _api.RegisterAsync();
        var tags = Enumerable.Range(0, 10).Select(i => $"tag{i}").Append("TAG0").ToArray();

        var article = await _api.CreateArticleAsync(author, tags: tags);
        Assert.Equal(10, article.Tags().Count);
    }

    [Fact]
    public async Task A_tag_longer_than_40_characters_is_422()
    {
        var author = await _api.RegisterAsync();
        var article = Valid();
        article["tagList"] = new[] { "fine", new string('x', 41) };
        var response = await _api.PostAsync("/api/articles", new { article }, author.Token);

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "tagList");
        Assert.Equal(0, (await _api.ListAsync($"?author={author.Username}")).ArticlesCount());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"title":"No envelope","description":"d","body":"b"}""")]
    [InlineData("""{"article":null}""")]
    public async Task A_request_without_the_article_envelope_is_422(string json)
    {
        var author = await _api.RegisterAsync();
        var response = await _api.PostAsync("/api/articles", json, author.Token);

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "article");
        Assert.Equal(0, (await _api.ListAsync($"?author={author.Username}")).ArticlesCount());
    }

    [Fact]
    public async Task Malformed_json_is_422_in_the_error_format()
    {
        var author = await _api.RegisterAsync();
        var response = await _api.PostAsync("/api/articles", """{"article":{"title":""", author.Token);

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "body");
    }

    private static Dictionary<string, object> Valid() => new()
    {
        ["title"] = ApiClient.Unique("Valid "),
        ["description"] = "A description",
        ["body"] = "A body",
        ["tagList"] = new[] { "valid" },
    };
}
