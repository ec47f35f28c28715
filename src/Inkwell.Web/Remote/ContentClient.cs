using System.Globalization;
using Inkwell.Content.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Remote;

namespace Inkwell.Web.Remote;

/// <summary>
/// Content's contracts over its REST API, for a website that runs without the content module: the RealWorld article,
/// comment and tag endpoints, and <c>GET /api/tags/trending</c>. A reader's flags (favorited, following) come from
/// sending the signed-in person's access token.
/// </summary>
internal sealed class ContentClient(IHttpClientFactory clients, SiteTokens tokens) : IArticles, IComments, ITrendingTags
{
    internal sealed record ArticleRequest(ArticleDraft Article);

    internal sealed record ArticleAnswer(ArticleDetail Article);

    internal sealed record CommentRequest(CommentBody Comment);

    internal sealed record CommentBody(string? Body);

    internal sealed record CommentAnswer(CommentView Comment);

    internal sealed record CommentsAnswer(IReadOnlyList<CommentView> Comments);

    internal sealed record TagsAnswer(IReadOnlyList<string> Tags);

    private readonly ModuleHttp _http = new(clients.CreateClient(RemoteModules.ContentClient), "content");

    public async Task<ArticleList> ListAsync(ArticleFilter filter, Paging paging, long? readerId, CancellationToken cancellationToken)
    {
        var query = Query([("tag", filter.Tag), ("author", filter.Author), ("favorited", filter.Favorited), .. PagingQuery(paging)]);
        return await _http.GetAsync<ArticleList>("api/articles" + query, await tokens.ForReaderAsync(readerId), cancellationToken);
    }

    public async Task<ArticleList> FeedAsync(long readerId, Paging paging, CancellationToken cancellationToken) =>
        await _http.GetAsync<ArticleList>("api/articles/feed" + Query(PagingQuery(paging)), await tokens.ForUserAsync(readerId), cancellationToken);

    public async Task<Result<ArticleDetail>> GetAsync(string slug, long? readerId, CancellationToken cancellationToken) =>
        await _http.SendAsync<ArticleAnswer, ArticleDetail>(
            HttpMethod.Get, ArticlePath(slug), null, await tokens.ForReaderAsync(readerId), answer => answer.Article, cancellationToken);

    public async Task<Result<ArticleDetail>> CreateAsync(long authorId, ArticleDraft draft, CancellationToken cancellationToken) =>
        await _http.SendAsync<ArticleAnswer, ArticleDetail>(
            HttpMethod.Post, "api/articles", new ArticleRequest(draft), await tokens.ForUserAsync(authorId), answer => answer.Article, cancellationToken);

    public async Task<Result<ArticleDetail>> UpdateAsync(long userId, string slug, ArticleDraft changes, CancellationToken cancellationToken) =>
        await _http.SendAsync<ArticleAnswer, ArticleDetail>(
            HttpMethod.Put, ArticlePath(slug), new ArticleRequest(changes), await tokens.ForUserAsync(userId), answer => answer.Article, cancellationToken);

    public async Task<Result<string>> DeleteAsync(long userId, string slug, CancellationToken cancellationToken) =>
        await _http.SendForStatusAsync(HttpMethod.Delete, ArticlePath(slug), null, await tokens.ForUserAsync(userId), slug, cancellationToken);

    public async Task<Result<ArticleDetail>> FavoriteAsync(long userId, string slug, CancellationToken cancellationToken) =>
        await _http.SendAsync<ArticleAnswer, ArticleDetail>(
            HttpMethod.Post, ArticlePath(slug) + "/favorite", null, await tokens.ForUserAsync(userId), answer => answer.Article, cancellationToken);

    public async Task<Result<ArticleDetail>> UnfavoriteAsync(long userId, string slug, CancellationToken cancellationToken) =>
        await _http.SendAsync<ArticleAnswer, ArticleDetail>(
            HttpMethod.Delete, ArticlePath(slug) + "/favorite", null, await tokens.ForUserAsync(userId), answer => answer.Article, cancellationToken);

    public async Task<IReadOnlyList<string>> TagsAsync(CancellationToken cancellationToken) =>
        (await _http.GetAsync<TagsAnswer>("api/tags", accessToken: null, cancellationToken)).Tags;

    async Task<Result<IReadOnlyList<CommentView>>> IComments.ListAsync(string slug, long? readerId, CancellationToken cancellationToken) =>
        await _http.SendAsync<CommentsAnswer, IReadOnlyList<CommentView>>(
            HttpMethod.Get, ArticlePath(slug) + "/comments", null, await tokens.ForReaderAsync(readerId), answer => answer.Comments, cancellationToken);

    public async Task<Result<CommentView>> AddAsync(long authorId, string slug, string? body, CancellationToken cancellationToken) =>
        await _http.SendAsync<CommentAnswer, CommentView>(
            HttpMethod.Post,
            ArticlePath(slug) + "/comments",
            new CommentRequest(new CommentBody(body)),
            await tokens.ForUserAsync(authorId),
            answer => answer.Comment,
            cancellationToken);

    public async Task<Result<long>> DeleteAsync(long userId, string slug, long commentId, CancellationToken cancellationToken) =>
        await _http.SendForStatusAsync(
            HttpMethod.Delete,
            ArticlePath(slug) + "/comments/" + commentId.ToString(CultureInfo.InvariantCulture),
            null,
            await tokens.ForUserAsync(userId),
            commentId,
            cancellationToken);

    async Task<IReadOnlyList<string>> ITrendingTags.ListAsync(int count, CancellationToken cancellationToken) =>
        (await _http.GetAsync<TagsAnswer>("api/tags/trending" + Query(("count", count.ToString(CultureInfo.InvariantCulture))), null, cancellationToken)).Tags;

    private static string ArticlePath(string slug) => $"api/articles/{Uri.EscapeDataString(slug)}";

    private static (string, string?)[] PagingQuery(Paging paging) =>
        [("limit", paging.Limit.ToString(CultureInfo.InvariantCulture)), ("offset", paging.Offset.ToString(CultureInfo.InvariantCulture))];

    private static string Query(params (string Name, string? Value)[] parameters)
    {
        var given = parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return given.Count == 0 ? "" : "?" + string.Join("&", given);
    }
}
