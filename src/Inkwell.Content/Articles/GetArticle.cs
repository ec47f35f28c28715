using System.Security.Claims;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class GetArticle
{
    public static async Task<Results<Ok<ArticleResponse>, NotFound<ErrorResponse>>> Handle(
        string slug,
        ClaimsPrincipal principal,
        ContentDbContext db,
        ArticleViews views,
        CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        return article is null
            ? ApiErrors.NotFound("article")
            : TypedResults.Ok(await views.SingleAsync(article, principal.FindUserId(), cancellationToken));
    }
}
