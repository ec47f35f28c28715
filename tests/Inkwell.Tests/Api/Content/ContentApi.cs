using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Content;

/// <summary>Content calls the tests repeat: reading envelopes, following, favoriting, commenting, listing.</summary>
internal static class ContentApi
{
    /// <summary>The wire format the contract pins: UTC with milliseconds and a Z.</summary>
    public const string TimestampPattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$";

    public static async Task<JsonObject> ReadArticleAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) =>
        (await response.ReadJsonAsync(expected))["article"]!.AsObject();

    public static async Task<JsonObject> ReadCommentAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) =>
        (await response.ReadJsonAsync(expected))["comment"]!.AsObject();

    public static string Text(this JsonNode? node) => node!.GetValue<string>();

    public static string Slug(this JsonObject article) => article["slug"].Text();

    public static List<string> Tags(this JsonObject article) => article["tagList"]!.AsArray().Select(t => t.Text()).ToList();

    public static async Task<JsonObject> GetArticleAsync(this ApiClient api, string slug, string? token = null) =>
        await (await api.GetAsync($"/api/articles/{slug}", token)).ReadArticleAsync();

    /// <summary>GET /api/articles with <paramref name="query"/> (starting with "?"), expecting 200.</summary>
    public static async Task<JsonObject> ListAsync(this ApiClient api, string query, string? token = null) =>
        await (await api.GetAsync($"/api/articles{query}", token)).ReadJsonAsync(HttpStatusCode.OK);

    public static async Task<JsonObject> FeedAsync(this ApiClient api, SignedInUser reader, string query = "") =>
        await (await api.GetAsync($"/api/articles/feed{query}", reader.Token)).ReadJsonAsync(HttpStatusCode.OK);

    public static List<JsonObject> Articles(this JsonObject page) => page["articles"]!.AsArray().Select(a => a!.AsObject()).ToList();

    public static List<string> Slugs(this JsonObject page) => page.Articles().Select(a => a.Slug()).ToList();

    public static int ArticlesCount(this JsonObject page) => page["articlesCount"]!.GetValue<int>();

    public static async Task FollowAsync(this ApiClient api, SignedInUser follower, string username)
    {
        var response = await api.PostAsync($"/api/profiles/{username}/follow", null, follower.Token);
        Assert.True((await response.ReadJsonAsync(HttpStatusCode.OK))["profile"]!["following"]!.GetValue<bool>());
    }

    public static async Task<JsonObject> FavoriteAsync(this ApiClient api, SignedInUser reader, string slug) =>
        await (await api.PostAsync($"/api/articles/{slug}/favorite", null, reader.Token)).ReadArticleAsync();

    public static async Task<JsonObject> UnfavoriteAsync(this ApiClient api, SignedInUser reader, string slug) =>
        await (await api.DeleteAsync($"/api/articles/{slug}/favorite", reader.Token)).ReadArticleAsync();

    public static async Task<JsonObject> AddCommentAsync(this ApiClient api, SignedInUser author, string slug, string body = "Nice article!") =>
        await (await api.PostAsync($"/api/articles/{slug}/comments", new { comment = new { body } }, author.Token)).ReadCommentAsync();

    public static async Task<List<JsonObject>> CommentsAsync(this ApiClient api, string slug, string? token = null) =>
        (await (await api.GetAsync($"/api/articles/{slug}/comments", token)).ReadJsonAsync(HttpStatusCode.OK))["comments"]!
            .AsArray().Select(c => c!.AsObject()).ToList();
}
