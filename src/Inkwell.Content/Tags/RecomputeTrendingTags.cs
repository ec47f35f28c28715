using System.Globalization;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Tags;

/// <summary>
/// Scores tags by what happened within the window: each new article carrying the tag counts one, each favorite given
/// to an article carrying it counts one; hidden articles count for nothing. The top tags replace the previous result in one transaction, so readers
/// see either the old list or the new one. Run on a schedule: grouping a week of links is too much for each page view.
/// Over HTTP, <c>POST /api/tags/trending/recompute</c> with <c>{"trending":{"window":"7.00:00:00"}}</c>, for the worker
/// (a service token only, docs/decisions/0018).
/// </summary>
internal static class RecomputeTrendingTags
{
    public const int Kept = 50;

    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(365);

    internal sealed record Request(WindowBody? Trending);

    internal sealed record WindowBody(string? Window);

    internal sealed record Response(RankedBody Trending);

    internal sealed record RankedBody(int Ranked);

    public static async Task<Results<Ok<Response>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        Request request, ITrendingTagRanking ranking, CancellationToken cancellationToken)
    {
        if (request.Trending is null)
        {
            return ApiErrors.MissingEnvelope("trending");
        }

        if (!TimeSpan.TryParse(request.Trending.Window, CultureInfo.InvariantCulture, out var window) || window <= TimeSpan.Zero || window > MaxWindow)
        {
            return ApiErrors.Invalid(new ValidationErrors().Add("window", "must be a time span from 00:00:01 to 365.00:00:00, such as 7.00:00:00"));
        }

        return TypedResults.Ok(new Response(new RankedBody(await ranking.RecomputeAsync(window, cancellationToken))));
    }

    public static async Task<int> ExecuteAsync(TimeSpan window, ContentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - window;

        var fromArticles = await db.ArticleTags.AsNoTracking()
            .Where(t => t.ArticleCreatedAt >= since && !t.ArticleHidden)
            .GroupBy(t => t.TagId)
            .Select(g => new { TagId = g.Key, Score = g.Count() })
            .ToListAsync(cancellationToken);
        var fromFavorites = await db.Favorites.AsNoTracking()
            .Where(f => f.CreatedAt >= since)
            .Join(db.ArticleTags.Where(t => !t.ArticleHidden), f => f.ArticleId, t => t.ArticleId, (f, t) => t.TagId)
            .GroupBy(tagId => tagId)
            .Select(g => new { TagId = g.Key, Score = g.Count() })
            .ToListAsync(cancellationToken);

        var scores = fromArticles.Concat(fromFavorites)
            .GroupBy(s => s.TagId)
            .Select(g => (TagId: g.Key, Score: g.Sum(s => s.Score)))
            .ToList();
        var tagIds = scores.Select(s => s.TagId).ToList();
        var names = await db.Tags.AsNoTracking().Where(t => tagIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var ranked = scores
            .Where(s => names.ContainsKey(s.TagId))
            .OrderByDescending(s => s.Score).ThenBy(s => names[s.TagId], StringComparer.Ordinal)
            .Take(Kept)
            .Select((s, i) => new TrendingTag { Name = names[s.TagId], Rank = i + 1, Score = s.Score, ComputedAt = now })
            .ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.TrendingTags.ExecuteDeleteAsync(cancellationToken);
        db.TrendingTags.AddRange(ranked);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ranked.Count;
    }
}
