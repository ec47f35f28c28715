using System.Globalization;
using System.Security.Claims;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Comments;

internal static class DeleteComment
{
    public static async Task<Results<NoContent, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string slug, string id, ClaimsPrincipal principal, IComments comments, CancellationToken cancellationToken)
    {
        // A non-numeric id names no comment: 404 like any other unknown id.
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var commentId))
        {
            return ApiErrors.NotFound("comment");
        }

        var result = await comments.DeleteAsync(principal.GetUserId(), slug, commentId, cancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : ApiErrors.From(result);
    }

    public static async Task<Result<long>> ExecuteAsync(long userId, string slug, long commentId, ContentDbContext db, CancellationToken cancellationToken)
    {
        var comment = await db.Comments
            .Where(c => c.Id == commentId && db.Articles.Any(a => a.Id == c.ArticleId && a.Slug == slug))
            .FirstOrDefaultAsync(cancellationToken);
        if (comment is null)
        {
            return Result<long>.NotFound("comment");
        }

        if (comment.AuthorId != userId)
        {
            return Result<long>.Forbidden("comment", "can only be deleted by its author");
        }

        db.Comments.Remove(comment);
        await db.SaveChangesAsync(cancellationToken);
        return Result<long>.Ok(commentId);
    }
}
