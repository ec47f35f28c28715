using Inkwell.Content.Contracts;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Content.Articles;

/// <summary>
/// <c>GET /api/articles/feed/{readerId}</c>: any reader's feed, the same list as <c>/api/articles/feed</c> gives them, for
/// the worker's weekly digest, which acts for no user (a service token only, docs/decisions/0018).
/// </summary>
internal static class GetReaderFeed
{
    public static async Task<Results<Ok<ArticleList>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string readerId, string? limit, string? offset, IFeeds feeds, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var reader = IdParameter.Parse("readerId", readerId, errors);
        var paging = Paging.Parse(limit, offset, errors);
        if (errors.Any)
        {
            return ApiErrors.Invalid(errors);
        }

        return TypedResults.Ok(await feeds.FeedAsync(reader, paging, cancellationToken));
    }
}
