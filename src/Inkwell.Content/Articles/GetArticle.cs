using System.Security.Claims;
using Inkwell.Content.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

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
        string slug, long? readerId, ArticleViewBuilder views, CancellationToken cancellationToken) =>
        await views.FindDetailAsync(slug, readerId, cancellationToken) is { } article
            ? Result<ArticleDetail>.Ok(article)
            : Result<ArticleDetail>.NotFound("article");
}
