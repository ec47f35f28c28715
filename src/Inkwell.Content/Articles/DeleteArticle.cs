using System.Security.Claims;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class DeleteArticle
{
    /// <summary>Deletes the article with its tags, comments and favorites.</summary>
    public static async Task<Results<NoContent, NotFound<ErrorResponse>, JsonHttpResult<ErrorResponse>>> Handle(
        string slug,
        ClaimsPrincipal principal,
        ContentDbContext db,
        CancellationToken cancellationToken)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (article is null)
        {
            return ApiErrors.NotFound("article");
        }

        if (article.AuthorId != principal.GetUserId())
        {
            return ApiErrors.Forbidden("article", "can only be deleted by its author");
        }

        db.Articles.Remove(article);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
