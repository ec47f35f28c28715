using Inkwell.Content.Contracts.Events;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Data;

/// <summary>
/// The integration events a save raises, read off the change tracker like Identity's, so every writer of comments
/// publishes them. A comment's event names its article, which is looked up here, before the save, in one query.
/// </summary>
internal static class ContentEvents
{
    public static async Task<IReadOnlyList<Func<object>>> CaptureAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        var added = db.ChangeTracker.Entries<Comment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (added.Count == 0)
        {
            return [];
        }

        var articleIds = added.Select(c => c.ArticleId).Distinct().ToList();
        var articles = await db.Articles.AsNoTracking()
            .Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Title, a.AuthorId })
            .ToDictionaryAsync(a => a.Id, cancellationToken);

        // Described lazily: a new comment's id exists only once the first save has run.
        return [.. added.Where(c => articles.ContainsKey(c.ArticleId)).Select(comment => (Func<object>)(() =>
        {
            var article = articles[comment.ArticleId];
            return new CommentAdded(comment.Id, comment.AuthorId, comment.Body, comment.CreatedAt, article.Slug, article.Title, article.AuthorId);
        }))];
    }
}
