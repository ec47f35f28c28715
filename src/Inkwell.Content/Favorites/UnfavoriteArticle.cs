using System.Security.Claims;
using Inkwell.Content.Articles;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Favorites;

internal static class UnfavoriteArticle
{
    public static async Task<Results<Ok<ArticleResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string slug, ClaimsPrincipal principal, IArticles articles, CancellationToken cancellationToken)
    {
        var result = await articles.UnfavoriteAsync(principal.GetUserId(), slug, cancellationToken);
        return result.Value is { } article ? TypedResults.Ok(new ArticleResponse(article)) : ApiErrors.From(result);
    }

    public static async Task<Result<ArticleDetail>> ExecuteAsync(
        long userId, string slug, ContentDbContext db, ArticleViewBuilder views, CancellationToken cancellationToken)
    {
        var articleId = await db.Articles.Where(a => a.Slug == slug).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (articleId is not { } id)
        {
            return Result<ArticleDetail>.NotFound("article");
        }

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
        return Result<ArticleDetail>.Ok(await views.DetailAsync(article, userId, cancellationToken));
    }
}
