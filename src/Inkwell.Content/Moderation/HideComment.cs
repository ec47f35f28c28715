using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Moderation;

internal static class HideComment
{
    /// <summary><c>PUT /api/admin/content/comments/{id}/hidden</c> with <c>{"moderation":{"hidden":true}}</c>, for moderators.</summary>
    public static async Task<Results<Ok<ModerationResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string id, ModerationRequest request, IModeration moderation, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var commentId))
        {
            errors.Add("id", "must be a comment's id (a whole number)");
        }

        if (request.Moderation?.Hidden is not { } hidden)
        {
            errors.Add("hidden", "is required (true or false)");
            hidden = false;
        }

        if (errors.Any)
        {
            return ApiErrors.Invalid(errors);
        }

        var result = await moderation.SetCommentHiddenAsync(commentId, hidden, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(new ModerationResponse(new ModerationState(result.Value))) : ApiErrors.From(result);
    }

    /// <summary>Hides or shows again; doing it twice is doing it once, and the first hiding time is kept.</summary>
    public static async Task<Result<bool>> ExecuteAsync(long commentId, bool hidden, ContentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment is null)
        {
            return Result<bool>.NotFound("comment");
        }

        comment.HiddenAt = hidden ? comment.HiddenAt ?? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(cancellationToken);
        return Result<bool>.Ok(hidden);
    }
}
