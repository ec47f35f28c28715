using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Content;

[Collection(ApiCollection.Name)]
public sealed class CreateArticleTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Creating_an_article_returns_201_with_every_field_of_the_spec()
    {
        var author = await _api.RegisterAsync();
        var title = ApiClient.Unique("Dragons ");
        var response = await _api.PostAsync("/api/articles", new
        {
            article = new { title, description = "Ever wonder how?", body = "You have to *believe*.", tagList = new[] { "dragons", "training" } },
        }, author.Token);

        var article = await response.ReadArticleAsync(HttpStatusCode.Created);
        Assert.Equal(title.ToLowerInvariant().Replace(' ', '-'), article.Slug());
        Assert.Equal(title, article["title"].Text());
        Assert.Equal("Ever wonder how?", article["description"].Text());
        Assert.Equal("You have to *believe*.", article["body"].Text());
        Assert.Equal(["dragons", "training"], article.Tags());
        Assert.Matches(ContentApi.TimestampPattern, article["createdAt"].Text());
        Assert.Matches(ContentApi.TimestampPattern, article["updatedAt"].Text());
        Assert.Equal(article["createdAt"].Text(), article["updatedAt"].Text());
        Assert.False(article["favorited"]!.GetValue<bool>());
        Assert.Equal(0, article["favoritesCount"]!.GetValue<int>());

        var profile = article["author"]!.AsObject();
        Assert.Equal(author.Username, profile["username"].Text());
        Assert.True(profile.ContainsKey("bio") && profile["bio"] is null);
        Assert.True(profile.ContainsKey("image") && profile["image"] is null);
        Assert.False(profile["following"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_created_article_can_be_read_back_by_its_slug()
    {
        var author = await _api.RegisterAsync();
        var created = await _api.CreateArticleAsync(author, tags: ["one"], body: "Read me back.");

        var read = await _api.GetArticleAsync(created.Slug());
        Assert.Equal(created["title"].Text(), read["title"].Text());
        Assert.Equal("Read me back.", read["body"].Text());
        Assert.Equal(["one"], read.Tags());
        Assert.Equal(created["createdAt"].Text(), read["createdAt"].Text());
    }

    [Fact]
    public async Task Tags_are_trimmed_lower_cased_and_blanks_and_duplicates_dropped()
    {
        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author, tags: ["  Dragons ", "dragons", "", "   ", "TRAINING", "Training"]);

        Assert.Equal(["dragons", "training"], article.Tags());
        Assert.Equal(["dragons", "training"], (await _api.GetArticleAsync(article.Slug())).Tags());
    }

    [Fact]
    public async Task Null_entries_in_tagList_are_ignored()
    {
        var author = await _api.RegisterAsync();
        var json = $$$"""{"article":{"title":"{{{ApiClient.Unique("Nulls ")}}}","description":"d","body":"b","tagList":[null,"kept",null]}}""";

        var article = await (await _api.PostAsync("/api/articles", json, author.Token)).ReadArticleAsync(HttpStatusCode.Created);
        Assert.Equal(["kept"], article.Tags());
    }

    [Fact]
    public async Task TagList_is_returned_in_alphabetical_order_wherever_the_article_appears()
    {
        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author, tags: ["zeta", "alpha", "mu"]);

        Assert.Equal(["alpha", "mu", "zeta"], article.Tags());
        Assert.Equal(["alpha", "mu", "zeta"], (await _api.GetArticleAsync(article.Slug())).Tags());
        var listed = (await _api.ListAsync($"?author={author.Username}")).Articles().Single();
        Assert.Equal(["alpha", "mu", "zeta"], listed.Tags());
    }

    [Fact]
    public async Task An_article_without_tagList_has_an_empty_tag_list()
    {
        var author = await _api.RegisterAsync();
        var response = await _api.PostAsync("/api/articles", new { article = new { title = ApiClient.Unique("No tags "), description = "d", body = "b" } }, author.Token);

        var article = await response.ReadArticleAsync(HttpStatusCode.Created);
        Assert.Empty(article["tagList"]!.AsArray());
    }

    [Fact]
    public async Task Title_and_description_are_trimmed_but_the_body_is_kept_as_written()
    {
        var author = await _api.RegisterAsync();
        var title = ApiClient.Unique("Spaced ");
        var response = await _api.PostAsync("/api/articles", new { article = new { title = $"  {title}  ", description = " desc ", body = "    indented code\n" } }, author.Token);

        var article = await response.ReadArticleAsync(HttpStatusCode.Created);
        Assert.Equal(title, article["title"].Text());
        Assert.Equal("desc", article["description"].Text());
        Assert.Equal("    indented code\n", article["body"].Text());
    }

    [Fact]
    public async Task Creating_an_article_without_a_token_is_401()
    {
        var response = await _api.PostAsync("/api/articles", new { article = new { title = ApiClient.Unique("Anon "), description = "d", body = "b" } });

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "token");
    }
}
