using System.Linq.Expressions;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

/// <summary>
/// Builds what a reader sees of articles and comments in one SQL statement each: the rows, their author from
/// Content's copy of profiles, whether the reader follows that author, and whether they favorited the article.
/// </summary>
internal sealed class ArticleViewBuilder(ContentDbContext db)
{
    /// <summary>An author whose profile has not reached Content's copy (or whose account is gone).</summary>
    public const string UnknownAuthor = "[deleted]";

    /// <summary>A page of articles as summaries, newest first; <paramref name="page"/> is already limited to the page.</summary>
    public IQueryable<ArticleSummary> Summaries(IQueryable<Article> page, long? readerId) =>
        ForReader(page, readerId)
            .OrderByDescending(x => x.Item.CreatedAt)
            .ThenByDescending(x => x.Item.Id)
            .Select(x => new ArticleSummary(
                x.Item.Slug,
                x.Item.Title,
                x.Item.Description,
                x.Item.TagList,
                x.Item.CreatedAt,
                x.Item.UpdatedAt,
                x.Favorited,
                x.Item.FavoritesCount,
                x.Author,
                x.Item.HiddenAt != null));

    /// <summary>The article, unless a moderator hid it from everyone but its author.</summary>
    public async Task<ArticleDetail?> FindDetailAsync(string slug, long? readerId, CancellationToken cancellationToken) =>
        await Details(db.Articles.Where(a => a.Slug == slug && (a.HiddenAt == null || a.AuthorId == readerId)), readerId).FirstOrDefaultAsync(cancellationToken);

    public async Task<ArticleDetail> DetailAsync(Article article, long? readerId, CancellationToken cancellationToken) =>
        await Details(db.Articles.Where(a => a.Id == article.Id), readerId).FirstAsync(cancellationToken);

    /// <summary>Comments with their authors, oldest first, as a conversation reads.</summary>
    public IQueryable<CommentView> Comments(IQueryable<Comment> comments, long? readerId) =>
        WithAuthors(comments, c => c.AuthorId, readerId)
            .OrderBy(x => x.Item.CreatedAt)
            .ThenBy(x => x.Item.Id)
            .Select(x => new CommentView(x.Item.Id, x.Item.CreatedAt, x.Item.UpdatedAt, x.Item.Body, x.Author, x.Item.HiddenAt != null));

    private IQueryable<ArticleDetail> Details(IQueryable<Article> articles, long? readerId) =>
        ForReader(articles.AsNoTracking(), readerId)
            .Select(x => new ArticleDetail(
                x.Item.Slug,
                x.Item.Title,
                x.Item.Description,
                x.Item.Body,
                x.Item.TagList,
                x.Item.CreatedAt,
                x.Item.UpdatedAt,
                x.Favorited,
                x.Item.FavoritesCount,
                x.Author,
                x.Item.HiddenAt != null));

    /// <summary>Articles with their author and whether the reader favorited them, for either view to project.</summary>
    private IQueryable<Authored<Article>> ForReader(IQueryable<Article> articles, long? readerId) =>
        WithAuthors(articles, a => a.AuthorId, readerId)
            .Select(x => new Authored<Article>
            {
                Item = x.Item,
                Author = x.Author,
                Favorited = readerId != null && db.Favorites.Any(f => f.ArticleId == x.Item.Id && f.UserId == readerId),
            });

    private IQueryable<Authored<T>> WithAuthors<T>(IQueryable<T> items, Expression<Func<T, long>> authorIdOf, long? readerId) =>
        items.LeftJoin(
            db.Authors,
            authorIdOf,
            author => author.Id,
            (item, author) => new Authored<T>
            {
                Item = item,
                Author = new Author(
                    author == null ? UnknownAuthor : author.Username,
                    author == null ? null : author.Bio,
                    author == null ? null : author.Image,
                    readerId != null && author != null && db.AuthorFollows.Any(f => f.FollowerId == readerId && f.FolloweeId == author.Id)),
            });

    private sealed class Authored<T>
    {
        public required T Item { get; init; }

        public required Author Author { get; init; }

        /// <summary>Whether the reader favorited the item; set for articles only.</summary>
        public bool Favorited { get; init; }
    }
}
