using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Content;

[Collection(ApiCollection.Name)]
public sealed class SlugTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task The_slug_is_the_title_lower_cased_with_punctuation_and_spaces_made_single_dashes()
    {
        var author = await _api.RegisterAsync();
        var id = ApiClient.Unique("d");

        var article = await _api.CreateArticleAsync(author, $"How to Train Your Dragon! {id}");
        Assert.Equal($"how-to-train-your-dragon-{id}", article.Slug());

        var messy = await _api.CreateArticleAsync(author, $"  --Hello,   World!!  ({id})  ");
        Assert.Equal($"hello-world-{id}", messy.Slug());
    }

    [Fact]
    public async Task Accents_are_stripped_from_the_slug()
    {
        var author = await _api.RegisterAsync();
        var id = ApiClient.Unique("a");

        var article = await _api.CreateArticleAsync(author, $"Crème Brûlée à la Ñandú {id}");
        Assert.Equal($"creme-brulee-a-la-nandu-{id}", article.Slug());
        Assert.Equal($"Crème Brûlée à la Ñandú {id}", article["title"].Text());

        var letters = await _api.CreateArticleAsync(author, $"Straße, Œuvre & Smørrebrød in Łódź {id}");
        Assert.Equal($"strasse-oeuvre-smorrebrod-in-lodz-{id}", letters.Slug());
    }

    [Fact]
    public async Task The_same_title_again_gets_dash_2_then_dash_3_and_each_slug_finds_its_own_article()
    {
        var author = await _api.RegisterAsync();
        var title = ApiClient.Unique("Twice told ");
        var slug = title.ToLowerInvariant().Replace(' ', '-');

        var first = await _api.CreateArticleAsync(author, title, body: "first");
        var second = await _api.CreateArticleAsync(author, title, body: "second");
        var third = await _api.CreateArticleAsync(author, title, body: "third");

        Assert.Equal([slug, $"{slug}-2", $"{slug}-3"], [first.Slug(), second.Slug(), third.Slug()]);
        Assert.Equal("first", (await _api.GetArticleAsync(slug))["body"].Text());
        Assert.Equal("second", (await _api.GetArticleAsync($"{slug}-2"))["body"].Text());
        Assert.Equal("third", (await _api.GetArticleAsync($"{slug}-3"))["body"].Text());
    }

    [Fact]
    public async Task A_very_long_title_gives_a_bounded_slug_that_is_still_unique()
    {
        var author = await _api.RegisterAsync();
        var title = ApiClient.Unique("") + new string('w', 190);

        var first = await _api.CreateArticleAsync(author, title);
        var second = await _api.CreateArticleAsync(author, title);

        Assert.InRange(first.Slug().Length, 1, 120);
        Assert.Equal($"{first.Slug()}-2", second.Slug());
    }

    [Fact]
    public async Task A_title_without_latin_letters_or_digits_still_gets_a_slug()
    {
        var author = await _api.RegisterAsync();

        var article = await _api.CreateArticleAsync(author, "日本語のタイトル");
        Assert.Matches("^article(-[0-9]+)?$", article.Slug());
        Assert.Equal("日本語のタイトル", (await _api.GetArticleAsync(article.Slug()))["title"].Text());
    }

    [Fact]
    public async Task Updating_the_title_changes_the_slug_and_the_old_slug_is_404()
    {
        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author);
        var newTitle = ApiClient.Unique("Renamed ");

        var response = await _api.PutAsync($"/api/articles/{article.Slug()}", new { article = new { title = newTitle } }, author.Token);

        var updated = await response.ReadArticleAsync();
        Assert.Equal(newTitle.ToLowerInvariant().Replace(' ', '-'), updated.Slug());
        await (await _api.GetAsync($"/api/articles/{article.Slug()}")).AssertErrorAsync(HttpStatusCode.NotFound, "article");
        Assert.Equal(newTitle, (await _api.GetArticleAsync(updated.Slug()))["title"].Text());
    }

    [Fact]
    public async Task Renaming_to_a_title_in_use_gets_a_suffixed_slug()
    {
        var author = await _api.RegisterAsync();
        var taken = await _api.CreateArticleAsync(author, body: "the original");
        var other = await _api.CreateArticleAsync(author);

        var response = await _api.PutAsync($"/api/articles/{other.Slug()}", new { article = new { title = taken["title"].Text() } }, author.Token);

        Assert.Equal($"{taken.Slug()}-2", (await response.ReadArticleAsync()).Slug());
        Assert.Equal("the original", (await _api.GetArticleAsync(taken.Slug()))["body"].Text());
    }

    [Fact]
    public async Task A_new_title_with_the_same_slug_keeps_the_articles_suffixed_slug()
    {
        var author = await _api.RegisterAsync();
        var title = ApiClient.Unique("Echo ");
        await _api.CreateArticleAsync(author, title);
        var second = await _api.CreateArticleAsync(author, title);

        var response = await _api.PutAsync($"/api/articles/{second.Slug()}", new { article = new { title = title.ToUpperInvariant() + "!" } }, author.Token);

        Assert.Equal(second.Slug(), (await response.ReadArticleAsync()).Slug());
    }

    [Theory]
    [InlineData("body")]
    [InlineData("same title")]
    public async Task Updating_without_changing_the_title_keeps_the_slug(string change)
    {
        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author);
        object changes = change == "body" ? new { body = "A new body" } : new { title = article["title"].Text() };

        var response = await _api.PutAsync($"/api/articles/{article.Slug()}", new { article = changes }, author.Token);

        Assert.Equal(article.Slug(), (await response.ReadArticleAsync()).Slug());
        Assert.Equal(200, (int)(await _api.GetAsync($"/api/articles/{article.Slug()}")).StatusCode);
    }
}
