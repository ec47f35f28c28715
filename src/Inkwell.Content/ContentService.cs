using Inkwell.Content.Articles;
using Inkwell.Content.Comments;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Content.Favorites;
using Inkwell.Content.Moderation;
using Inkwell.Content.Tags;
using Inkwell.Platform.Api;
using Inkwell.Platform.Caching;

namespace Inkwell.Content;

/// <summary>Content's public contract; each call is one use case, the same one the API runs.</summary>
internal sealed class ContentService(ContentDbContext db, ArticleViewBuilder views, ReadCache<ContentDbContext> cache, TimeProvider clock)
    : IArticles, IComments, ITrendingTags, ITrendingTagRanking, IModeration
{
    // Reads go through the read cache (every commit to Content's tables invalidates it); writes go straight to the use case.
    public async Task<ArticleList> ListAsync(ArticleFilter filter, Paging paging, long? readerId, CancellationToken cancellationToken) =>
        await cache.GetOrReadAsync(
            $"list:{Uri.EscapeDataString(filter.Tag ?? "")}|{Uri.EscapeDataString(filter.Author ?? "")}|{Uri.EscapeDataString(filter.Favorited ?? "")}|{paging.Offset}|{paging.Limit}|{readerId}",
            ct => ListArticles.ExecuteAsync(filter, paging, readerId, db, views, ct),
            cancellationToken);

    public async Task<ArticleList> FeedAsync(long readerId, Paging paging, CancellationToken cancellationToken) =>
        await cache.GetOrReadAsync(
            $"feed:{readerId}|{paging.Offset}|{paging.Limit}", ct => GetFeed.ExecuteAsync(readerId, paging, db, views, ct), cancellationToken);

    public async Task<Result<ArticleDetail>> GetAsync(string slug, long? readerId, CancellationToken cancellationToken) =>
        await cache.GetOrReadAsync($"article:{Uri.EscapeDataString(slug)}|{readerId}", ct => GetArticle.ExecuteAsync(slug, readerId, views, ct), cancellationToken);

    public Task<Result<ArticleDetail>> CreateAsync(long authorId, ArticleDraft draft, CancellationToken cancellationToken) =>
        CreateArticle.ExecuteAsync(authorId, draft, db, views, clock, cancellationToken);

    public Task<Result<ArticleDetail>> UpdateAsync(long userId, string slug, ArticleDraft changes, CancellationToken cancellationToken) =>
        UpdateArticle.ExecuteAsync(userId, slug, changes, db, views, clock, cancellationToken);

    public Task<Result<string>> DeleteAsync(long userId, string slug, CancellationToken cancellationToken) =>
        DeleteArticle.ExecuteAsync(userId, slug, db, cancellationToken);

    public Task<Result<ArticleDetail>> FavoriteAsync(long userId, string slug, CancellationToken cancellationToken) =>
        FavoriteArticle.ExecuteAsync(userId, slug, db, views, clock, cancellationToken);

    public Task<Result<ArticleDetail>> UnfavoriteAsync(long userId, string slug, CancellationToken cancellationToken) =>
        UnfavoriteArticle.ExecuteAsync(userId, slug, db, views, cancellationToken);

    public async Task<IReadOnlyList<string>> TagsAsync(CancellationToken cancellationToken) =>
        await cache.GetOrReadAsync("tags", ct => ListTags.ExecuteAsync(db, ct), cancellationToken);

    public Task<Result<IReadOnlyList<CommentView>>> ListAsync(string slug, long? readerId, CancellationToken cancellationToken) =>
        ListComments.ExecuteAsync(slug, readerId, db, views, cancellationToken);

    public Task<Result<CommentView>> AddAsync(long authorId, string slug, string? body, CancellationToken cancellationToken) =>
        AddComment.ExecuteAsync(authorId, slug, body, db, views, clock, cancellationToken);

    public Task<Result<long>> DeleteAsync(long userId, string slug, long commentId, CancellationToken cancellationToken) =>
        DeleteComment.ExecuteAsync(userId, slug, commentId, db, cancellationToken);

    public async Task<IReadOnlyList<string>> ListAsync(int count, CancellationToken cancellationToken) =>
        await cache.GetOrReadAsync($"trending:{count}", ct => ListTrendingTags.ExecuteAsync(count, db, ct), cancellationToken);

    public Task<int> RecomputeAsync(TimeSpan window, CancellationToken cancellationToken) =>
        RecomputeTrendingTags.ExecuteAsync(window, db, clock, cancellationToken);

    public Task<Result<bool>> SetArticleHiddenAsync(string slug, bool hidden, CancellationToken cancellationToken) =>
        HideArticle.ExecuteAsync(slug, hidden, db, clock, cancellationToken);

    public Task<Result<bool>> SetCommentHiddenAsync(long commentId, bool hidden, CancellationToken cancellationToken) =>
        HideComment.ExecuteAsync(commentId, hidden, db, clock, cancellationToken);
}
