using System.Globalization;
using Inkwell.Content.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Remote;

namespace Inkwell.Worker.Remote;

/// <summary>
/// Content's contracts the worker uses, over Content's service endpoints, for a worker that runs without the content
/// module: a subscriber's feed for the digest, and recomputing the trending tags. Each call carries the worker's service
/// token (docs/decisions/0018).
/// </summary>
internal sealed class ContentServiceClient(IHttpClientFactory clients, ServiceTokens tokens) : IFeeds, ITrendingTagRanking
{
    internal sealed record RecomputeRequest(WindowBody Trending);

    internal sealed record WindowBody(string Window);

    internal sealed record RecomputeAnswer(RankedBody Trending);

    internal sealed record RankedBody(int Ranked);

    private readonly ModuleHttp _http = new(clients.CreateClient(RemoteModules.ContentClient), "content");

    public async Task<ArticleList> FeedAsync(long readerId, Paging paging, CancellationToken cancellationToken) =>
        Value(await tokens.SendAsync<ArticleList, ArticleList>(
            _http,
            HttpMethod.Get,
            string.Create(CultureInfo.InvariantCulture, $"api/articles/feed/{readerId}?limit={paging.Limit}&offset={paging.Offset}"),
            null,
            answer => answer,
            cancellationToken), "GET articles/feed");

    public async Task<int> RecomputeAsync(TimeSpan window, CancellationToken cancellationToken) =>
        Value(await tokens.SendAsync<RecomputeAnswer, int>(
            _http,
            HttpMethod.Post,
            "api/tags/trending/recompute",
            new RecomputeRequest(new WindowBody(window.ToString("c", CultureInfo.InvariantCulture))),
            answer => answer.Trending.Ranked,
            cancellationToken), "POST tags/trending/recompute");

    private static T Value<T>(Result<T> result, string call) =>
        result.Succeeded ? result.Value! : throw new ModuleUnavailableException("content", $"{call} answered {result.Failure}: {result.Error?.Describe()}");
}
