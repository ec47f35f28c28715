using System.Security.Claims;
using Inkwell.Content.Articles;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Favorites;

internal static class FavoriteArticle
{
    public static async Task<Results<Ok<ArticleResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string slug, ClaimsPrincipal principal, IArticles articles, CancellationToken cancellationToken)
    {
        var result = await articles.FavoriteAsync(principal.GetUserId(), slug, cancellationToken);
        return result.Value is { } article ? TypedResults.Ok(new ArticleResponse(article)) : ApiErrors.From(result);
    }

    /// <summary>Favoriting twice counts once.</summary>
    public static async Task<Result<ArticleDetail>> ExecuteAsync(
        long userId, string slug, ContentDbContext db, ArticleViewBuilder views, TimeProvider clock, CancellationToken cancellationToken)
    {
        var articleId = await db.Articles.Where(a => a.Slug == slug).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (articleId is not { } id)
        {
            return Result<ArticleDetail>.NotFound("article");
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var added = false;
            if (!await db.Favorites.AnyAsync(f => f.ArticleId == id && f.UserId == userId, cancellationToken))
            {
                added = true;
                db.Favorites.Add(new Favorite { ArticleId = id, UserId = userId, CreatedAt = clock.GetUtcNow().UtcDateTime });
                await db.SaveChangesAsync(cancellationToken);
                await db.Articles.Where(a => a.Id == id)
                    .ExecuteUpdateAsync(a => a.SetProperty(x => x.FavoritesCount, x => x.FavoritesCount + 1), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            if (added)
            {
                ContentMetrics.FavoritesAdded.Add(1);
            }
        }
        catch (DbUpdateException)
        {
            // The same reader's concurrent request favorited it first; the count was raised once, by that request.
            db.ChangeTracker.Clear();
        }

        var article = await db.Articles.AsNoTracking().FirstAsync(a => a.Id == id, cancellationToken);
        return Result<ArticleDetail>.Ok(await views.DetailAsync(article, userId, cancellationToken));
    }
}
