using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Content;

/// <summary>
/// Reading a page, an article or its comments costs a fixed number of SQL commands however many
/// articles, authors, tags and comments it shows: no query runs once per item.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class QueryCountTests(InkwellFactory factory)
{
    // A page is its count and its rows, plus finding the tag or fan, or, for a signed-in reader, counting their own hidden
    // articles on top of a kept count; an article is one statement, its comments two.
    private const int MaxCommandsPerPage = 3;
    private const int MaxCommandsPerArticle = 2;

    // Tests of a class run one after another; the world is built once for the collection's host and database.
    private static (InkwellFactory Factory, Task<QueryCountWorld> World)? _shared;

    [Theory]
    [InlineData("list")]
    [InlineData("feed")]
    [InlineData("tag")]
    [InlineData("author")]
    [InlineData("favorited")]
    public async Task A_page_of_articles_costs_the_same_few_sql_commands_for_5_articles_as_for_20(string page)
    {
        var world = await WorldAsync();
        var url = page switch
        {
            "list" => "/api/articles?",
            "feed" => "/api/articles/feed?",
            "tag" => $"/api/articles?tag={world.Tag}&",
            "author" => $"/api/articles?author={world.Author}&",
            _ => $"/api/articles?favorited={world.Fan}&",
        };

        var small = await CountPageAsync(world, url + "limit=5", 5);
        var large = await CountPageAsync(world, url + "limit=20", 20);

        Assert.True(large.Count is > 0 and <= MaxCommandsPerPage, $"{large.Count} commands:\n{string.Join("\n---\n", large)}");
        Assert.Equal(small.Count, large.Count);
    }

    [Fact]
    public async Task An_anonymous_reader_costs_no_more_sql_commands_than_a_signed_in_one()
    {
        var world = await WorldAsync();

        var (_, signedIn) = await world.GetAsync("/api/articles?limit=20", world.Reader.Token);
        var (_, anonymous) = await world.GetAsync("/api/articles?limit=20", token: null);

        Assert.True(anonymous.Count is > 0 && anonymous.Count <= signedIn.Count, $"{anonymous.Count} commands anonymously, {signedIn.Count} signed in");
    }

    [Fact]
    public async Task One_article_costs_a_fixed_few_sql_commands_whatever_its_tags_and_favorites()
    {
        var world = await WorldAsync();

        var (quiet, quietCommands) = await world.GetAsync($"/api/articles/{world.QuietArticle}", world.Reader.Token);
        var (busy, busyCommands) = await world.GetAsync($"/api/articles/{world.BusyArticle}", world.Reader.Token);

        Assert.Equal(2, quiet["article"]!.AsObject().Tags().Count);
        Assert.True(busy["article"]!["favoritesCount"]!.GetValue<int>() >= 1);
        Assert.True(busyCommands.Count is > 0 and <= MaxCommandsPerArticle, $"{busyCommands.Count} commands:\n{string.Join("\n---\n", busyCommands)}");
        Assert.Equal(quietCommands.Count, busyCommands.Count);
    }

    [Fact]
    public async Task Comments_cost_the_same_few_sql_commands_for_two_comments_as_for_ten_by_seven_people()
    {
        var world = await WorldAsync();

        var (two, twoCommands) = await world.GetAsync($"/api/articles/{world.QuietArticle}/comments", world.Reader.Token);
        var (ten, tenCommands) = await world.GetAsync($"/api/articles/{world.BusyArticle}/comments", world.Reader.Token);

        Assert.Equal(2, two["comments"]!.AsArray().Count);
        Assert.Equal(10, ten["comments"]!.AsArray().Count);
        Assert.Equal(7, ten["comments"]!.AsArray().Select(c => c!["author"]!["username"].Text()).Distinct().Count());
        Assert.True(tenCommands.Count is > 0 and <= MaxCommandsPerArticle, $"{tenCommands.Count} commands:\n{string.Join("\n---\n", tenCommands)}");
        Assert.Equal(twoCommands.Count, tenCommands.Count);
    }

    private Task<QueryCountWorld> WorldAsync()
    {
        if (_shared?.Factory != factory)
        {
            _shared = (factory, QueryCountWorld.CreateAsync(factory));
        }

        return _shared.Value.World;
    }

    /// <summary>The commands of one page, after checking it is full and shows what makes queries multiply.</summary>
    private static async Task<IReadOnlyList<RecordedCommand>> CountPageAsync(QueryCountWorld world, string url, int size)
    {
        var (json, commands) = await world.GetAsync(url, world.Reader.Token);

        var articles = json.Articles();
        Assert.Equal(size, articles.Count);
        Assert.All(articles, a => Assert.Equal(2, a.Tags().Count));
        Assert.Contains(articles, a => a["favorited"]!.GetValue<bool>());
        Assert.Contains(articles, a => !a["favorited"]!.GetValue<bool>());
        Assert.True(url.Contains("author=", StringComparison.Ordinal) || articles.Select(a => a["author"]!["username"].Text()).Distinct().Count() > 1,
            "the page should show several authors");
        return commands;
    }
}
