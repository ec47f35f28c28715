using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

/// <summary>
/// The articles a list shows, as a function from the page asked for to exactly that page's rows (newest first), and the
/// cheapest exact way to count them: a kept count when one filter or none is set (docs/decisions/0004), a count otherwise.
/// </summary>
internal sealed record ArticleSelection(Func<Paging, IQueryable<Article>> Page, Func<CancellationToken, Task<int>> CountAsync)
{
    /// <summary>The selection for the list's filters, or null when a filter names a tag or user that does not exist.</summary>
    public static async Task<ArticleSelection?> FromFilterAsync(ArticleFilter filter, long? readerId, ContentDbContext db, CancellationToken cancellationToken)
    {
        var tagName = string.IsNullOrWhiteSpace(filter.Tag) ? null : ArticleRules.NormalizeTags([filter.Tag]).Single();
        var tag = tagName is null ? null : await db.Tags.Where(t => t.Name == tagName).Select(t => new { t.Id, t.ArticleCount }).FirstOrDefaultAsync(cancellationToken);
        var author = string.IsNullOrWhiteSpace(filter.Author) ? null : await FindAuthorAsync(db, filter.Author, cancellationToken);
        var fan = string.IsNullOrWhiteSpace(filter.Favorited) ? null : await FindAuthorAsync(db, filter.Favorited, cancellationToken);
        if ((tagName is not null && tag is null) || (filter.Author is { Length: > 0 } && author is null) || (filter.Favorited is { Length: > 0 } && fan is null))
        {
            return null;
        }

        switch (tag, author, fan)
        {
            case (null, null, null):
                return new(
                    paging => Newest(db.Articles, paging, readerId),
                    WithOwnHidden(db.Stats.Where(s => s.Id == ContentStats.RowId).Select(s => s.ArticlesCount).SingleAsync, db.Articles, readerId));
            case ({ } only, null, null):
                return new(
                    paging => TaggedNewest(db, only.Id, paging, readerId),
                    WithOwnHidden(_ => Task.FromResult(only.ArticleCount), db.Articles.Where(a => db.ArticleTags.Any(l => l.TagId == only.Id && l.ArticleId == a.Id)), readerId));
            case (null, { } only, null):
                var authored = db.Articles.Where(a => a.AuthorId == only.Id);
                return new(paging => Newest(authored, paging, readerId), WithOwnHidden(_ => Task.FromResult(only.ArticlesCount), authored, only.Id == readerId ? readerId : null));
            case (null, null, { } only):
                // Counted from the fan's favorites, each article looked up by its key for its visibility; every favorite names
                // an existing article (the foreign key cascades).
                var favorited = db.Favorites.Where(f => f.UserId == only.Id).Join(db.Articles, f => f.ArticleId, a => a.Id, (_, a) => a);
                return new(paging => Newest(FavoritedBy(db, only.Id), paging, readerId), Visible(favorited, readerId).CountAsync);
        }

        var articles = db.Articles.AsQueryable();
        if (tag is not null)
        {
            articles = articles.Where(a => db.ArticleTags.Any(l => l.TagId == tag.Id && l.ArticleId == a.Id));
        }

        if (author is not null)
        {
            articles = articles.Where(a => a.AuthorId == author.Id);
        }

        if (fan is not null)
        {
            articles = FavoritedBy(db, fan.Id, articles);
        }

        return new(paging => Newest(articles, paging, readerId), Visible(articles, readerId).CountAsync);
    }

    /// <summary>
    /// Every index on articles ends in (CreatedAt, Id), so a page is read in index order, not sorted. Articles a moderator
    /// hid are left out, except for their author.
    /// </summary>
    public static IQueryable<Article> Newest(IQueryable<Article> articles, Paging paging, long? readerId) =>
        Visible(articles.AsNoTracking(), readerId).OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Skip(paging.Offset).Take(paging.Limit);

    private static IQueryable<Article> Visible(IQueryable<Article> articles, long? readerId) =>
        articles.Where(a => a.HiddenAt == null || a.AuthorId == readerId);

    /// <summary>
    /// The kept counts leave hidden articles out (docs/decisions/0004), but their author still sees them in lists: for a
    /// signed-in reader the total adds the reader's own hidden articles among <paramref name="matching"/>, found through
    /// the (AuthorId, CreatedAt, Id) index.
    /// </summary>
    private static Func<CancellationToken, Task<int>> WithOwnHidden(Func<CancellationToken, Task<int>> kept, IQueryable<Article> matching, long? readerId) =>
        readerId is not { } reader
            ? kept
            : async cancellationToken => await kept(cancellationToken)
                + await matching.CountAsync(a => a.AuthorId == reader && a.HiddenAt != null, cancellationToken);

    private static Task<AuthorProfile?> FindAuthorAsync(ContentDbContext db, string username, CancellationToken cancellationToken)
    {
        var normalized = Usernames.Normalize(username);
        return db.Authors.AsNoTracking().Where(a => a.NormalizedUsername == normalized).OrderByDescending(a => a.ProfileUpdatedAt).FirstOrDefaultAsync(cancellationToken);
    }

    // A tag's links carry their article's creation time, so a page of a tag is a short walk down one index, however common the tag.
    private static IQueryable<Article> TaggedNewest(ContentDbContext db, long tagId, Paging paging, long? readerId) =>
        db.ArticleTags
            // A per-link lookup of the article by its key, so the walk stays on the link index (an anti-join scans articles).
            .Where(l => l.TagId == tagId && db.Articles.Where(a => a.Id == l.ArticleId).Select(a => a.HiddenAt == null || a.AuthorId == readerId).FirstOrDefault())
            .OrderByDescending(l => l.ArticleCreatedAt)
            .ThenByDescending(l => l.ArticleId)
            .Skip(paging.Offset)
            .Take(paging.Limit)
            .Join(db.Articles.AsNoTracking(), l => l.ArticleId, a => a.Id, (l, a) => a);

    private static IQueryable<Article> FavoritedBy(ContentDbContext db, long fanId, IQueryable<Article>? articles = null) =>
        (articles ?? db.Articles).Where(a => db.Favorites.Any(f => f.UserId == fanId && f.ArticleId == a.Id));
}
