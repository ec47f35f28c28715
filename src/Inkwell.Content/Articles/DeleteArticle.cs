using System.Security.Claims;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class DeleteArticle
{
    public static async Task<Results<NoContent, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string slug, ClaimsPrincipal principal, IArticles articles, CancellationToken cancellationToken)
    {
        var result = await articles.DeleteAsync(principal.GetUserId(), slug, cancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : ApiErrors.From(result);
    }

    /// <summary>Deletes the article with its tags, comments and favorites.</summary>
    public static async Task<Result<string>> ExecuteAsync(long userId, string slug, ContentDbContext db, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (article is null)
        {
            return Result<string>.NotFound("article");
        }

        if (article.AuthorId != userId)
        {
            return Result<string>.Forbidden("article", "can only be deleted by its author");
        }

        // Deleting cascades to the tag links first, so their counts would be locked before the author's and the total.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await KeptCountLocks.TakeAsync(db, article.AuthorId, cancellationToken);
        db.Articles.Remove(article);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<string>.Ok(slug);
    }
}
