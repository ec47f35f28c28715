using System.Security.Claims;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Comments;

internal static class DeleteComment
{
    public static async Task<Results<NoContent, NotFound<ErrorResponse>, JsonHttpResult<ErrorResponse>>> Handle(
        string slug,
        string id,
        ClaimsPrincipal principal,
        ContentDbContext db,
        CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var commentId))
        {
            return ApiErrors.NotFound("comment");
        }

        var comment = await db.Comments
            .Where(c => c.Id == commentId && db.Articles.Any(a => a.Id == c.ArticleId && a.Slug == slug))
            .FirstOrDefaultAsync(cancellationToken);
        if (comment is null)
        {
            return ApiErrors.NotFound("comment");
        }

        if (comment.AuthorId != principal.GetUserId())
        {
            return ApiErrors.Forbidden("comment", "can only be deleted by its author");
        }

        db.Comments.Remove(comment);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
