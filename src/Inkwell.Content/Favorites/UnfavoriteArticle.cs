using System.Security.Claims;
using Inkwell.Content.Articles;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Favorites;

internal static class UnfavoriteArticle
{
    public static async Task<Results<Ok<ArticleResponse>, NotFound<ErrorResponse>>> Handle(
        string slug,
        ClaimsPrincipal principal,
        ContentDbContext db,
        ArticleViews views,
        CancellationToken cancellationToken)
    {
        var articleId = await db.Articles.Where(a => a.Slug == slug).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (articleId is not { } id)
        {
            return ApiErrors.NotFound("article");
        }

        var userId = principal.GetUserId();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var removed = await db.Favorites.Where(f => f.ArticleId == id && f.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            if (removed > 0)
            {
                await db.Articles.Where(a => a.Id == id)
                    .ExecuteUpdateAsync(a => a.SetProperty(x => x.FavoritesCount, x => x.FavoritesCount - removed), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var article = await db.Articles.AsNoTracking().FirstAsync(a => a.Id == id, cancellationToken);
        return TypedResults.Ok(await views.SingleAsync(article, userId, cancellationToken));
    }
}
