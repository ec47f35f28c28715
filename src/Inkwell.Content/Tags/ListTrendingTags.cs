using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Tags;

/// <summary>
/// <c>GET /api/tags/trending?count=N</c>: the home page's trending tags, for a website running in a process of its own.
/// Public data, so anonymous like <c>/api/tags</c>; not part of the RealWorld API.
/// </summary>
internal static class ListTrendingTags
{
    public const int MaxCount = 50;

    internal sealed record TrendingTagsResponse(IReadOnlyList<string> Tags);

    public static async Task<Ok<TrendingTagsResponse>> HandleAsync(int? count, ITrendingTags trending, CancellationToken cancellationToken) =>
        TypedResults.Ok(new TrendingTagsResponse(await trending.ListAsync(Math.Clamp(count ?? 10, 0, MaxCount), cancellationToken)));

    public static async Task<IReadOnlyList<string>> ExecuteAsync(int count, ContentDbContext db, CancellationToken cancellationToken) =>
        await db.TrendingTags.AsNoTracking().OrderBy(t => t.Rank).Take(count).Select(t => t.Name).ToListAsync(cancellationToken);
}
