using System.Runtime.CompilerServices;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Transfer;

/// <summary>Every article, oldest first, streamed: its author from Content's copy of profiles, its tags in the author's order.</summary>
internal static class ExportArticles
{
    public static async IAsyncEnumerable<ArticleRecord> ExecuteAsync(ContentDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var articles = db.Articles
            .AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => new ArticleRecord(
                a.Slug,
                a.Title,
                a.Description,
                a.Body,
                a.Tags.OrderBy(t => t.Position).Select(t => t.Tag.Name).ToList(),
                db.Authors.Where(author => author.Id == a.AuthorId).Select(author => author.Username).FirstOrDefault(),
                a.CreatedAt,
                a.UpdatedAt))
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken);
        await foreach (var article in articles)
        {
            yield return article;
        }
    }
}
