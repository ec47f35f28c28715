using System.Security.Claims;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class GetArticle
{
    public static async Task<Results<Ok<ArticleResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string slug, ClaimsPrincipal principal, IArticles articles, CancellationToken cancellationToken)
    {
        var result = await articles.GetAsync(slug, principal.FindUserId(), cancellationToken);
        return result.Value is { } article ? TypedResults.Ok(new ArticleResponse(article)) : ApiErrors.From(result);
    }

    public static async Task<Result<ArticleDetail>> ExecuteAsync(
        string slug, long? readerId, ContentDbContext db, ArticleViewBuilder views, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        return article is null
            ? Result<ArticleDetail>.NotFound("article")
            : Result<ArticleDetail>.Ok(await views.DetailAsync(article, readerId, cancellationToken));
    }
}
