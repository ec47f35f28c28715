using System.Security.Claims;
using Inkwell.Content.Articles;
using Inkwell.Content.Data;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Comments;

internal static class AddComment
{
    internal sealed record Request(NewComment? Comment);

    internal sealed record NewComment(string? Body);

    public static async Task<Results<Ok<CommentResponse>, UnprocessableEntity<ErrorResponse>, NotFound<ErrorResponse>>> Handle(
        string slug,
        Request request,
        ClaimsPrincipal principal,
        ContentDbContext db,
        IUserDirectory users,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (request.Comment is not { } input)
        {
            return ApiErrors.Validation("comment", "is required");
        }

        var errors = new ValidationErrors().Required("body", input.Body, ArticleRules.CommentMaxLength);
        if (errors.Any)
        {
            return ApiErrors.Validation(errors);
        }

        var articleId = await db.Articles.Where(a => a.Slug == slug).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (articleId is not { } id)
        {
            return ApiErrors.NotFound("article");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var comment = new Comment { ArticleId = id, AuthorId = principal.GetUserId(), Body = input.Body!.Trim(), CreatedAt = now, UpdatedAt = now };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);

        var authors = await users.GetProfilesAsync([comment.AuthorId], comment.AuthorId, cancellationToken);
        return TypedResults.Ok(new CommentResponse(CommentBody.From(comment, ArticleViews.AuthorOf(authors, comment.AuthorId))));
    }
}
