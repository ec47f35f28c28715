using Inkwell.Platform.Api;

namespace Inkwell.Content.Contracts;

/// <summary>Articles, favorites, tags and the feed: what the API and the website both do with content.</summary>
public interface IArticles : IFeeds
{
    /// <summary>Newest first. <paramref name="readerId"/> sets the <c>favorited</c> and <c>following</c> flags.</summary>
    Task<ArticleList> ListAsync(ArticleFilter filter, Paging paging, long? readerId, CancellationToken cancellationToken);

    Task<Result<ArticleDetail>> GetAsync(string slug, long? readerId, CancellationToken cancellationToken);

    Task<Result<ArticleDetail>> CreateAsync(long authorId, ArticleDraft draft, CancellationToken cancellationToken);

    /// <summary>Only the author may change an article; a new title gives it a new slug.</summary>
    Task<Result<ArticleDetail>> UpdateAsync(long userId, string slug, ArticleDraft changes, CancellationToken cancellationToken);

    /// <summary>Only the author may delete an article; its comments, favorites and tag links go with it.</summary>
    Task<Result<string>> DeleteAsync(long userId, string slug, CancellationToken cancellationToken);

    Task<Result<ArticleDetail>> FavoriteAsync(long userId, string slug, CancellationToken cancellationToken);

    Task<Result<ArticleDetail>> UnfavoriteAsync(long userId, string slug, CancellationToken cancellationToken);

    /// <summary>Tags in use, the most used first.</summary>
    Task<IReadOnlyList<string>> TagsAsync(CancellationToken cancellationToken);
}

/// <summary>
/// A reader's feed by their id: the part of <see cref="IArticles"/> the worker's weekly digest reads for every subscriber.
/// Over HTTP that is <c>GET /api/articles/feed/{readerId}</c>, for a service token only (docs/decisions/0018).
/// </summary>
public interface IFeeds
{
    /// <summary>Newest first, by the authors the reader follows.</summary>
    Task<ArticleList> FeedAsync(long readerId, Paging paging, CancellationToken cancellationToken);
}
