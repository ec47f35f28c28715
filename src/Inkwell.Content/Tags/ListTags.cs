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

    /// <summary>Tags in use, the most used first; the kept per-tag counts spare grouping every tag link (docs/decisions/0004).</summary>
    public static async Task<IReadOnlyList<string>> ExecuteAsync(ContentDbContext db, CancellationToken cancellationToken) =>
        await db.Tags
            .Where(t => t.ArticleCount > 0)
            .OrderByDescending(t => t.ArticleCount)
            .ThenBy(t => t.Name)
            .Select(t => t.Name)
            .ToListAsync(cancellationToken);
}
