using System.Security.Claims;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Content.Articles;

internal static class ListArticles
{
    public static async Task<Results<Ok<ArticleList>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string? tag,
        string? author,
        string? favorited,
        string? limit,
        string? offset,
        ClaimsPrincipal principal,
        IArticles articles,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.Parse(limit, offset, errors);
        if (errors.Any)
        {
            return ApiErrors.Invalid(errors);
        }

        return TypedResults.Ok(await articles.ListAsync(new ArticleFilter(tag, author, favorited), paging, principal.FindUserId(), cancellationToken));
    }

    /// <summary>Most recent articles first, filtered by tag, author and who favorited them.</summary>
    public static async Task<ArticleList> ExecuteAsync(
        ArticleFilter filter, Paging paging, long? readerId, ContentDbContext db, ArticleViewBuilder views, CancellationToken cancellationToken) =>
        await ArticleSelection.FromFilterAsync(filter, readerId, db, cancellationToken) is { } selection
            ? await ArticlePage.LoadAsync(selection, paging, readerId, views, cancellationToken)
            : ArticlePage.Empty;
}
