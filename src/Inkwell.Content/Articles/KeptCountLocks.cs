using Inkwell.Content.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

/// <summary>
/// Creating an article has its triggers change the author's count, then the total, then its tags' counts
/// (docs/decisions/0004). A write whose triggers would take them in another order (a delete's cascade reaches the tags
/// first; hiding locks the article row first) takes the author's row and the total's first, inside its transaction, so
/// two writes cannot each hold a row the other waits for.
/// </summary>
internal static class KeptCountLocks
{
    // Statements that change nothing but lock the rows; plain SQL, since a bulk update is refused while an audit actor is set.
    public static async Task TakeAsync(ContentDbContext db, long authorId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""UPDATE content_authors SET "ArticlesCount" = "ArticlesCount" WHERE "Id" = {authorId}""", cancellationToken);
        await db.Database.ExecuteSqlAsync($"""UPDATE content_stats SET "ArticlesCount" = "ArticlesCount" WHERE "Id" = {ContentStats.RowId}""", cancellationToken);
    }
}
