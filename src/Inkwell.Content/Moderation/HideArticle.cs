using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Moderation;

internal static class HideArticle
{
    /// <summary>Hides or shows again; doing it twice is doing it once, and the first hiding time is kept.</summary>
    public static async Task<Result<bool>> ExecuteAsync(string slug, bool hidden, ContentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (article is null)
        {
            return Result<bool>.NotFound("article");
        }

        article.HiddenAt = hidden ? article.HiddenAt ?? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(cancellationToken);
        return Result<bool>.Ok(hidden);
    }
}
