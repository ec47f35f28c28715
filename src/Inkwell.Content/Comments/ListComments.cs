using System.Security.Claims;
using Inkwell.Content.Articles;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Comments;

internal static class ListComments
{
    public static async Task<Results<Ok<CommentsResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string slug, ClaimsPrincipal principal, IComments comments, CancellationToken cancellationToken)
    {
        var result = await comments.ListAsync(slug, principal.FindUserId(), cancellationToken);
        return result.Value is { } list ? TypedResults.Ok(new CommentsResponse(list)) : ApiErrors.From(result);
    }

    /// <summary>An article's comments, oldest first, as a conversation reads; a hidden comment only for its author.</summary>
    public static async Task<Result<IReadOnlyList<CommentView>>> ExecuteAsync(
        string slug, long? readerId, ContentDbContext db, ArticleViewBuilder views, CancellationToken cancellationToken)
    {
        var articleId = await db.Articles.Where(a => a.Slug == slug).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (articleId is null)
        {
            return Result<IReadOnlyList<CommentView>>.NotFound("article");
        }

        return Result<IReadOnlyList<CommentView>>.Ok(
            await views.Comments(db.Comments.AsNoTracking().Where(c => c.ArticleId == articleId && (c.HiddenAt == null || c.AuthorId == readerId)), readerId).ToListAsync(cancellationToken));
    }
}
