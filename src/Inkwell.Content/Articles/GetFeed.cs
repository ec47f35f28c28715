using System.Security.Claims;
using Inkwell.Content.Data;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class GetFeed
{
    /// <summary>Most recent articles by the people the reader follows.</summary>
    public static async Task<Results<Ok<ArticlesResponse>, UnprocessableEntity<ErrorResponse>>> Handle(
        string? limit,
        string? offset,
        ClaimsPrincipal principal,
        ContentDbContext db,
        IUserDirectory users,
        ArticleViews views,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.Parse(limit, offset, errors);
        if (errors.Any)
        {
            return ApiErrors.Validation(errors);
        }

        var readerId = principal.GetUserId();
        var followed = await users.GetFollowedUserIdsAsync(readerId, cancellationToken);
        var articles = db.Articles.AsNoTracking().Where(a => followed.Contains(a.AuthorId));
        return TypedResults.Ok(await ArticlePage.LoadAsync(articles, paging, readerId, views, cancellationToken));
    }
}
