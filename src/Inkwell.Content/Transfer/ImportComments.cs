using Inkwell.Content.Articles;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Transfer;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Transfer;

/// <summary>
/// Adds comments from imported rows, a batch at a time: each is checked as the API checks a new comment, on an
/// article that exists (by slug) by a known user; the batch is saved in one transaction only if no row is refused.
/// </summary>
internal static class ImportComments
{
    public static async Task<BatchOutcome> ExecuteAsync(
        IReadOnlyList<CommentRecord> rows, ImportMode mode, ContentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var authors = await ImportLookups.AuthorIdsAsync(db, rows.Select(r => r.Author), cancellationToken);
        var slugs = rows.Select(r => r.Article?.Trim()).Where(s => !string.IsNullOrEmpty(s)).Distinct().ToList();
        var articles = await db.Articles.Where(a => slugs.Contains(a.Slug)).ToDictionaryAsync(a => a.Slug, a => a.Id, cancellationToken);

        var errors = new List<ValidationErrors>(rows.Count);
        foreach (var row in rows)
        {
            var rowErrors = new ValidationErrors()
                .Required("body", row.Body, ArticleRules.CommentMaxLength)
                .Required("article", row.Article, ArticleRules.SlugMaxLength)
                .Required("author", row.Author, int.MaxValue);
            if (!string.IsNullOrWhiteSpace(row.Article) && !articles.ContainsKey(row.Article.Trim()))
            {
                rowErrors.Add("article", "not found");
            }

            if (!string.IsNullOrWhiteSpace(row.Author) && ImportLookups.Find(authors, row.Author) is null)
            {
                rowErrors.Add("author", "is not a known user");
            }

            errors.Add(rowErrors);
        }

        if (mode == ImportMode.Check || errors.Any(e => e.Any))
        {
            return BatchOutcome.Refused(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Comments.AddRange(rows.Select(row => new Comment
        {
            ArticleId = articles[row.Article!.Trim()],
            AuthorId = ImportLookups.Find(authors, row.Author)!.Value,
            Body = row.Body!.Trim(),
            CreatedAt = row.CreatedAt ?? now,
            UpdatedAt = row.CreatedAt ?? now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return BatchOutcome.WrittenWhole;
    }
}
