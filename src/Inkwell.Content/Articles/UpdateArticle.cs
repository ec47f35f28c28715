using System.Security.Claims;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class UpdateArticle
{
    internal sealed record Request(ArticleDraft? Article);

    private const int Attempts = Slugs.SequentialAttempts + 2;

    public static async Task<Results<Ok<ArticleResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string slug, Request request, ClaimsPrincipal principal, IArticles articles, CancellationToken cancellationToken)
    {
        if (request.Article is null)
        {
            return ApiErrors.MissingEnvelope("article");
        }

        var result = await articles.UpdateAsync(principal.GetUserId(), slug, request.Article, cancellationToken);
        return result.Value is { } article ? TypedResults.Ok(new ArticleResponse(article)) : ApiErrors.From(result);
    }

    /// <summary>Absent fields stay as they are. A new title gives a new slug; <c>tagList</c>, when sent, replaces the tags.</summary>
    public static async Task<Result<ArticleDetail>> ExecuteAsync(
        long userId,
        string slug,
        ArticleDraft changes,
        ContentDbContext db,
        ArticleViewBuilder views,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var tags = changes.TagList is null ? null : ArticleRules.NormalizeTags(changes.TagList);
        var errors = Validate(changes, tags);
        if (errors.Any)
        {
            return Result<ArticleDetail>.Invalid(errors);
        }

        for (var attempt = 1; ; attempt++)
        {
            var article = await db.Articles.Include(a => a.Tags).FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
            if (article is null)
            {
                return Result<ArticleDetail>.NotFound("article");
            }

            if (article.AuthorId != userId)
            {
                return Result<ArticleDetail>.Forbidden("article", "can only be changed by its author");
            }

            await ApplyAsync(db, article, changes, tags, attempt, cancellationToken);
            article.UpdatedAt = clock.GetUtcNow().UtcDateTime;

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Result<ArticleDetail>.Ok(await views.DetailAsync(article, userId, cancellationToken));
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // A concurrent write took the new slug or created the same new tag: start again from the database.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static ValidationErrors Validate(ArticleDraft changes, List<string>? tags)
    {
        var errors = new ValidationErrors();
        if (changes.Title is not null)
        {
            errors.Required("title", changes.Title, ArticleRules.TitleMaxLength);
        }

        if (changes.Description is not null)
        {
            errors.Required("description", changes.Description, ArticleRules.DescriptionMaxLength);
        }

        if (changes.Body is not null)
        {
            errors.Required("body", changes.Body, ArticleRules.BodyMaxLength);
        }

        if (tags is not null)
        {
            ArticleRules.CheckTags(errors, tags);
        }

        return errors;
    }

    private static async Task ApplyAsync(ContentDbContext db, Article article, ArticleDraft changes, List<string>? tags, int attempt, CancellationToken cancellationToken)
    {
        if (changes.Title is not null && changes.Title.Trim() != article.Title)
        {
            article.Title = changes.Title.Trim();
            article.Slug = await Slugs.UniqueAsync(db, article.Title, article.Id, attempt, cancellationToken);
        }

        if (changes.Description is not null)
        {
            article.Description = changes.Description.Trim();
        }

        if (changes.Body is not null)
        {
            article.Body = changes.Body;
        }

        if (tags is not null)
        {
            await ArticleTagWriter.SetTagsAsync(db, article, tags, cancellationToken);
        }
    }
}
