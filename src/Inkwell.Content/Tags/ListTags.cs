using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Tags;

internal static class ListTags
{
    internal sealed record TagsResponse(IReadOnlyList<string> Tags);

    public static async Task<Ok<TagsResponse>> HandleAsync(IArticles articles, CancellationToken cancellationToken) =>
        TypedResults.Ok(new TagsResponse(await articles.TagsAsync(cancellationToken)));

    /// <summary>Tags in use, the most used first.</summary>
    public static async Task<IReadOnlyList<string>> ExecuteAsync(ContentDbContext db, CancellationToken cancellationToken) =>
        await db.ArticleTags
            .GroupBy(t => t.Tag.Name)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
}
