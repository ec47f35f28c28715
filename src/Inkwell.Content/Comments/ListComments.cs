using System.Security.Claims;
using Inkwell.Content.Articles;
using Inkwell.Content.Data;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Comments;

internal static class ListComments
{
    /// <summary>An article's comments, oldest first, as a conversation reads.</summary>
    public static async Task<Results<Ok<CommentsResponse>, NotFound<ErrorResponse>>> Handle(
        string slug,
        ClaimsPrincipal principal,
        ContentDbContext db,
        IUserDirectory users,
        CancellationToken cancellationToken)
    {
        var articleId = await db.Articles.Where(a => a.Slug == slug).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (articleId is null)
        {
            return ApiErrors.NotFound("article");
        }

        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == articleId)
            .OrderBy(c => c.CreatedAt)
            .ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var authors = await users.GetProfilesAsync(comments.Select(c => c.AuthorId).ToList(), principal.FindUserId(), cancellationToken);

        return TypedResults.Ok(new CommentsResponse(
            comments.Select(c => CommentBody.From(c, ArticleViews.AuthorOf(authors, c.AuthorId))).ToList()));
    }
}
