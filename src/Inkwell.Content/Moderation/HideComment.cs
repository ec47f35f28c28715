using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Moderation;

internal static class HideComment
{
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
