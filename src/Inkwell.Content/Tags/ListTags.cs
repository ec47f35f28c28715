using Inkwell.Content.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Tags;

internal static class ListTags
{
    internal sealed record TagsResponse(IReadOnlyList<string> Tags);

    /// <summary>Tags in use, the most used first.</summary>
    public static async Task<Ok<TagsResponse>> Handle(ContentDbContext db, CancellationToken cancellationToken)
    {
        var tags = await db.ArticleTags
            .GroupBy(t => t.Tag.Name)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new TagsResponse(tags));
    }
}
