using System.Security.Claims;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class GetFeed
{
    public static async Task<Results<Ok<ArticleList>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string? limit, string? offset, ClaimsPrincipal principal, IArticles articles, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.Parse(limit, offset, errors);
        if (errors.Any)
        {
            return ApiErrors.Invalid(errors);
        }

        return TypedResults.Ok(await articles.FeedAsync(principal.GetUserId(), paging, cancellationToken));
    }

    /// <summary>Most recent articles by the people the reader follows.</summary>
    public static async Task<ArticleList> ExecuteAsync(
        long readerId, Paging paging, ContentDbContext db, IUserDirectory users, ArticleViewBuilder views, CancellationToken cancellationToken)
    {
        var followed = await users.GetFollowedUserIdsAsync(readerId, cancellationToken);
        if (followed.Count == 0)
        {
            return ArticlePage.Empty;
        }

        var articles = db.Articles.AsNoTracking().Where(a => followed.Contains(a.AuthorId));
        return await ArticlePage.LoadAsync(new ArticleSelection(articles, articles.CountAsync), paging, readerId, views, cancellationToken);
    }
}
