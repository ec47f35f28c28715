using System.Security.Claims;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class CreateArticle
{
    internal sealed record Request(ArticleDraft? Article);

    private const int Attempts = Slugs.SequentialAttempts + 2;

    public static async Task<Results<Created<ArticleResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        Request request, ClaimsPrincipal principal, IArticles articles, CancellationToken cancellationToken)
    {
        if (request.Article is null)
        {
            return ApiErrors.MissingEnvelope("article");
        }

        var result = await articles.CreateAsync(principal.GetUserId(), request.Article, cancellationToken);
        return result.Value is { } article
            ? TypedResults.Created($"/api/articles/{article.Slug}", new ArticleResponse(article))
            : ApiErrors.From(result);
    }

    public static async Task<Result<ArticleDetail>> ExecuteAsync(
        long authorId, ArticleDraft draft, ContentDbContext db, ArticleViewBuilder views, TimeProvider clock, CancellationToken cancellationToken)
    {
        var tags = ArticleRules.NormalizeTags(draft.TagList ?? []);
        var errors = new ValidationErrors()
            .Required("title", draft.Title, ArticleRules.TitleMaxLength)
            .Required("description", draft.Description, ArticleRules.DescriptionMaxLength)
            .Required("body", draft.Body, ArticleRules.BodyMaxLength);
        ArticleRules.CheckTags(errors, tags);
        if (errors.Any)
        {
            return Result<ArticleDetail>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        for (var attempt = 1; ; attempt++)
        {
            var article = new Article
            {
                Slug = await Slugs.UniqueAsync(db, draft.Title!, exceptArticleId: null, attempt, cancellationToken),
                Title = draft.Title!.Trim(),
                Description = draft.Description!.Trim(),
                Body = draft.Body!,
                AuthorId = authorId,
                CreatedAt = now,
                UpdatedAt = now,
            };
            await ArticleTagWriter.SetTagsAsync(db, article, tags, cancellationToken);
            db.Articles.Add(article);

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                ContentMetrics.ArticlesPublished.Add(1);
                return Result<ArticleDetail>.Ok(await views.DetailAsync(article, authorId, cancellationToken));
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another request took the same slug or created the same new tag a moment ago: look again.
                db.ChangeTracker.Clear();
            }
        }
    }
}
