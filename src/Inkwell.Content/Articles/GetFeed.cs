using System.Security.Claims;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
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

    /// <summary>Most recent articles by the people the reader follows, from Content's copy of follows.</summary>
    public static async Task<ArticleList> ExecuteAsync(
        long readerId, Paging paging, ContentDbContext db, ArticleViewBuilder views, CancellationToken cancellationToken)
    {
        var followed = db.AuthorFollows.Where(f => f.FollowerId == readerId).Select(f => f.FolloweeId);
        var selection = new ArticleSelection(
            page => ArticleSelection.Newest(db.Articles.Where(a => followed.Contains(a.AuthorId)), page),
            // The authors' kept counts add up to the feed's total without counting their articles.
            ct => db.Authors.Where(a => followed.Contains(a.Id)).SumAsync(a => a.ArticlesCount, ct));
        return await ArticlePage.LoadAsync(selection, paging, readerId, views, cancellationToken);
    }
}
