using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Content.QueryPlans;

/// <summary>
/// Every read the API serves finds its rows through indexes: the engine's own plan for each SQL command
/// a request sends, on tens of thousands of rows, never reads a large table from end to end.
/// </summary>
public sealed class QueryPlanTests(QueryPlanFixture fixture) : IClassFixture<QueryPlanFixture>
{
    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/articles?limit=20&offset=2000")]
    [InlineData("/api/articles?tag=bulk-popular")]
    [InlineData("/api/articles?tag=bulk-tag-7")]
    [InlineData("/api/articles?author=bulk42")]
    [InlineData("/api/articles?favorited=bulk42")]
    [InlineData("/api/articles?tag=bulk-popular&author=bulk45")]
    [InlineData("/api/articles/feed")]
    [InlineData("/api/articles/bulk-article-4242")]
    [InlineData("/api/articles/bulk-article-4242/comments")]
    [InlineData("/api/profiles/bulk42")]
    [InlineData("/api/tags")]
    public async Task Each_read_finds_its_rows_through_indexes_without_scanning_a_large_table(string url)
    {
        var commands = await RecordAsync(url);

        var scans = await fixture.FullScansAsync(commands);

        Assert.True(scans.Count == 0, $"{url} scans a large table:\n{string.Join("\n---\n", scans)}");
    }

    [Fact]
    public async Task Creating_an_article_under_a_title_in_use_finds_a_free_slug_through_indexes()
    {
        fixture.Recorder.Reset();
        var article = await fixture.Api.CreateArticleAsync(fixture.Reader, "Bulk article 42", tags: ["bulk-popular", ApiClient.Unique("fresh")]);
        var queries = fixture.Recorder.Commands.Where(c => c.Text.StartsWith("SELECT", StringComparison.Ordinal)).ToList();

        var scans = await fixture.FullScansAsync(queries);

        Assert.Equal("bulk-article-42-2", article.Slug());
        Assert.True(scans.Count == 0, $"creating an article scans a large table:\n{string.Join("\n---\n", scans)}");
    }

    [Fact]
    public async Task The_tables_are_large_enough_that_a_missing_index_shows_up_as_a_full_scan()
    {
        var commands = await RecordAsync("/api/articles?favorited=bulk42");

        var scans = await fixture.FullScansAsync(commands, withoutIndex: "IX_content_favorites_UserId_ArticleId");

        Assert.Contains(scans, scan => scan.Contains("content_favorites", StringComparison.Ordinal));
    }

    /// <summary>Calls the endpoint as the reader, checks it found something, and returns the SQL it sent.</summary>
    private async Task<IReadOnlyList<RecordedCommand>> RecordAsync(string url)
    {
        fixture.Recorder.Reset();
        var json = await (await fixture.Api.GetAsync(url, fixture.Reader.Token)).ReadJsonAsync(HttpStatusCode.OK);
        var commands = fixture.Recorder.Commands;

        var found = json["articles"] ?? json["comments"] ?? json["tags"];
        Assert.True(found is null ? json.Count > 0 : found.AsArray().Count > 0, $"{url} found nothing: {json.ToJsonString()}");
        Assert.NotEmpty(commands);
        return commands;
    }
}
