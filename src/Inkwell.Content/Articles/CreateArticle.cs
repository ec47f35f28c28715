using System.Security.Claims;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class CreateArticle
{
    internal sealed record Request(NewArticle? Article);

    internal sealed record NewArticle(string? Title, string? Description, string? Body, List<string?>? TagList);

    private const int Attempts = 3;

    public static async Task<Results<Created<ArticleResponse>, UnprocessableEntity<ErrorResponse>>> Handle(
        Request request,
        ClaimsPrincipal principal,
        ContentDbContext db,
        ArticleViews views,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (request.Article is not { } input)
        {
            return ApiErrors.Validation("article", "is required");
        }

        var tags = ArticleRules.NormalizeTags(input.TagList ?? []);
        var errors = new ValidationErrors()
            .Required("title", input.Title, ArticleRules.TitleMaxLength)
            .Required("description", input.Description, ArticleRules.DescriptionMaxLength)
            .Required("body", input.Body, ArticleRules.BodyMaxLength);
        ArticleRules.CheckTags(errors, tags);
        if (errors.Any)
        {
            return ApiErrors.Validation(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        for (var attempt = 1; ; attempt++)
        {
            var article = new Article
            {
                Slug = await Slugs.UniqueAsync(db, input.Title!, exceptArticleId: null, cancellationToken),
                Title = input.Title!.Trim(),
                Description = input.Description!.Trim(),
                Body = input.Body!,
                AuthorId = principal.GetUserId(),
                CreatedAt = now,
                UpdatedAt = now,
            };
            await ArticleTagWriter.SetTagsAsync(db, article, tags, cancellationToken);
            db.Articles.Add(article);

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                var response = await views.SingleAsync(article, article.AuthorId, cancellationToken);
                return TypedResults.Created($"/api/articles/{article.Slug}", response);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another request took the same slug or created the same new tag a moment ago: look again.
                db.ChangeTracker.Clear();
            }
        }
    }
}
