using Inkwell.Content.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Tags;

internal static class ListTrendingTags
{
    public static async Task<IReadOnlyList<string>> ExecuteAsync(int count, ContentDbContext db, CancellationToken cancellationToken) =>
        await db.TrendingTags.AsNoTracking().OrderBy(t => t.Rank).Take(count).Select(t => t.Name).ToListAsync(cancellationToken);
}
