using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

/// <summary>
/// The articles a list shows, and the cheapest exact way to count them: the kept counts when one filter
/// or none is set (docs/decisions/0004), a count over an index otherwise.
/// </summary>
internal sealed record ArticleSelection(IQueryable<Article> Articles, Func<CancellationToken, Task<int>> CountAsync)
{
    /// <summary>The selection for the list's filters, or null when a filter names a tag or user that does not exist.</summary>
    public static async Task<ArticleSelection?> FromFilterAsync(
        ArticleFilter filter, ContentDbContext db, IUserDirectory users, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking();
        var filters = new List<Func<CancellationToken, Task<int>>>();

        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            var name = ArticleRules.NormalizeTags([filter.Tag]).Single();
            var tag = await db.Tags.Where(t => t.Name == name).Select(t => new { t.Id, t.ArticleCount }).FirstOrDefaultAsync(cancellationToken);
            if (tag is null)
            {
                return null;
            }

            // Resolving the tag first lets the planner see how common it is, and filter the links by TagId.
            var tagged = db.ArticleTags.Where(l => l.TagId == tag.Id).Select(l => l.ArticleId);
            articles = articles.Where(a => tagged.Contains(a.Id));
            filters.Add(_ => Task.FromResult(tag.ArticleCount));
        }

        if (!string.IsNullOrWhiteSpace(filter.Author))
        {
            if (await users.FindUserIdAsync(filter.Author, cancellationToken) is not { } authorId)
            {
                return null;
            }

            articles = articles.Where(a => a.AuthorId == authorId);
            filters.Add(db.Articles.Where(a => a.AuthorId == authorId).CountAsync);
        }

        if (!string.IsNullOrWhiteSpace(filter.Favorited))
        {
            if (await users.FindUserIdAsync(filter.Favorited, cancellationToken) is not { } fanId)
            {
                return null;
            }

            // Every favorite names an existing article (the foreign key cascades), so the fan's favorites count their articles.
            var favorites = db.Favorites.Where(f => f.UserId == fanId).Select(f => f.ArticleId);
            articles = articles.Where(a => favorites.Contains(a.Id));
            filters.Add(favorites.CountAsync);
        }

        return new ArticleSelection(articles, filters switch
        {
            [] => db.Stats.Where(s => s.Id == ContentStats.RowId).Select(s => s.ArticlesCount).SingleAsync,
            [var only] => only,
            _ => articles.CountAsync,
        });
    }
}
