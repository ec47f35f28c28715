using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

/// <summary>
/// Builds article views for a reader with a fixed number of queries, however many articles:
/// one for tags, one for the reader's favorites, and the author profiles from Identity's contract.
/// </summary>
internal sealed class ArticleViewBuilder(ContentDbContext db, IUserDirectory users)
{
    /// <summary>An article's columns without its body, for list pages.</summary>
    internal sealed record ArticleRow(
        long Id, string Slug, string Title, string Description, long AuthorId, DateTime CreatedAt, DateTime UpdatedAt, int FavoritesCount);

    public static IQueryable<ArticleRow> SelectRows(IQueryable<Article> articles) =>
        articles.Select(a => new ArticleRow(a.Id, a.Slug, a.Title, a.Description, a.AuthorId, a.CreatedAt, a.UpdatedAt, a.FavoritesCount));

    public async Task<IReadOnlyList<ArticleSummary>> SummariesAsync(IReadOnlyList<ArticleRow> rows, long? readerId, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var tags = await TagsAsync(ids, cancellationToken);
        var favorited = await FavoritedAsync(ids, readerId, cancellationToken);
        var authors = await users.GetProfilesAsync(rows.Select(r => r.AuthorId).ToList(), readerId, cancellationToken);

        return rows.Select(r => new ArticleSummary(
            r.Slug,
            r.Title,
            r.Description,
            tags.GetValueOrDefault(r.Id, []),
            r.CreatedAt,
            r.UpdatedAt,
            favorited.Contains(r.Id),
            r.FavoritesCount,
            AuthorOf(authors, r.AuthorId))).ToList();
    }

    public async Task<ArticleDetail> DetailAsync(Article article, long? readerId, CancellationToken cancellationToken)
    {
        var tags = await TagsAsync([article.Id], cancellationToken);
        var favorited = await FavoritedAsync([article.Id], readerId, cancellationToken);
        var authors = await users.GetProfilesAsync([article.AuthorId], readerId, cancellationToken);

        return new ArticleDetail(
            article.Slug,
            article.Title,
            article.Description,
            article.Body,
            tags.GetValueOrDefault(article.Id, []),
            article.CreatedAt,
            article.UpdatedAt,
            favorited.Contains(article.Id),
            article.FavoritesCount,
            AuthorOf(authors, article.AuthorId));
    }

    /// <summary>The author as the reader sees them; an account that is gone shows as "[deleted]".</summary>
    public static Author AuthorOf(IReadOnlyDictionary<long, UserProfile> authors, long authorId) =>
        authors.TryGetValue(authorId, out var p) ? new Author(p.Username, p.Bio, p.Image, p.Following) : new Author("[deleted]", null, null, false);

    // Tags are listed alphabetically, as the RealWorld conformance suite expects (docs/decisions/0002).
    private async Task<Dictionary<long, List<string>>> TagsAsync(List<long> articleIds, CancellationToken cancellationToken) =>
        (await db.ArticleTags
            .Where(t => articleIds.Contains(t.ArticleId))
            .Select(t => new { t.ArticleId, t.Tag.Name })
            .ToListAsync(cancellationToken))
        .GroupBy(t => t.ArticleId)
        .ToDictionary(g => g.Key, g => g.Select(t => t.Name).Order(StringComparer.Ordinal).ToList());

    private async Task<HashSet<long>> FavoritedAsync(List<long> articleIds, long? readerId, CancellationToken cancellationToken) =>
        readerId is { } reader
            ? (await db.Favorites
                .Where(f => f.UserId == reader && articleIds.Contains(f.ArticleId))
                .Select(f => f.ArticleId)
                .ToListAsync(cancellationToken)).ToHashSet()
            : [];
}
