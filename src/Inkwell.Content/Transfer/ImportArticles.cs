using Inkwell.Content.Articles;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Transfer;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Transfer;

/// <summary>
/// Creates articles from imported rows, a batch at a time: each row is checked as the API checks a new article, its
/// author must be a known user and its slug (made from the title when the row has none) free; the batch is saved in
/// one transaction only if no row is refused. Counts kept by triggers follow the inserted rows as they do any other.
/// </summary>
internal static class ImportArticles
{
    public static async Task<BatchOutcome> ExecuteAsync(
        IReadOnlyList<ArticleRecord> rows, ImportMode mode, ContentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var tags = rows.Select(row => ArticleRules.NormalizeTags(row.TagList ?? [])).ToList();
        var errors = rows.Select((row, i) => Validate(row, tags[i])).ToList();
        var authors = await ImportLookups.AuthorIdsAsync(db, rows.Select(r => r.Author), cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(rows[i].Author) && ImportLookups.Find(authors, rows[i].Author) is null)
            {
                errors[i].Add("author", "is not a known user");
            }
        }

        var givenSlugs = await CheckSlugsAsync(rows, errors, db, cancellationToken);
        if (mode == ImportMode.Check || errors.Any(e => e.Any))
        {
            return BatchOutcome.Refused(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var names = tags.SelectMany(t => t).Distinct().ToList();
        var known = await db.Tags.Where(t => names.Contains(t.Name)).ToDictionaryAsync(t => t.Name, cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var created = row.CreatedAt ?? now;
            var article = new Article
            {
                Slug = string.IsNullOrWhiteSpace(row.Slug) ? await FreeSlugAsync(db, row.Title!, givenSlugs, cancellationToken) : row.Slug.Trim(),
                Title = row.Title!.Trim(),
                Description = row.Description!.Trim(),
                Body = row.Body!,
                AuthorId = ImportLookups.Find(authors, row.Author)!.Value,
                CreatedAt = created,
                UpdatedAt = row.UpdatedAt ?? created,
            };
            ArticleTagWriter.Link(db, article, tags[i], known);
            db.Articles.Add(article);
        }

        await db.SaveChangesAsync(cancellationToken);
        return BatchOutcome.WrittenWhole;
    }

    private static ValidationErrors Validate(ArticleRecord row, List<string> tags)
    {
        var errors = new ValidationErrors()
            .Required("title", row.Title, ArticleRules.TitleMaxLength)
            .Required("description", row.Description, ArticleRules.DescriptionMaxLength)
            .Required("body", row.Body, ArticleRules.BodyMaxLength)
            .Required("author", row.Author, int.MaxValue);
        ArticleRules.CheckTags(errors, tags);
        if (!string.IsNullOrWhiteSpace(row.Slug) && !Slugs.IsWellFormed(row.Slug.Trim()))
        {
            errors.Add("slug", $"must be lower-case letters and digits joined by single dashes, at most {ArticleRules.SlugMaxLength} characters");
        }

        return errors;
    }

    /// <summary>Refuses slugs already taken or repeated within the batch; returns the batch's slugs, which made-up ones must avoid.</summary>
    private static async Task<HashSet<string>> CheckSlugsAsync(
        IReadOnlyList<ArticleRecord> rows, List<ValidationErrors> errors, ContentDbContext db, CancellationToken cancellationToken)
    {
        var given = rows.Select(r => r.Slug?.Trim()).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).Distinct().ToList();
        var taken = (await db.Articles.Where(a => given.Contains(a.Slug)).Select(a => a.Slug).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Slug?.Trim() is not { Length: > 0 } slug)
            {
                continue;
            }

            if (taken.Contains(slug))
            {
                errors[i].Add("slug", "has already been taken");
            }
            else if (!seen.Add(slug))
            {
                errors[i].Add("slug", "is repeated within the batch");
            }
        }

        return seen;
    }

    /// <summary>The title's slug, as the API would make it, avoiding the slugs of this batch as well as saved ones.</summary>
    private static async Task<string> FreeSlugAsync(ContentDbContext db, string title, HashSet<string> batch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt += Slugs.SequentialAttempts)
        {
            var slug = await Slugs.UniqueAsync(db, title, exceptArticleId: null, attempt, cancellationToken);
            if (batch.Add(slug))
            {
                return slug;
            }
        }
    }
}
