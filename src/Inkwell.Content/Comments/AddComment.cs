using System.Security.Claims;
using Inkwell.Content.Articles;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Comments;

internal static class AddComment
{
    internal sealed record Request(NewComment? Comment);

    internal sealed record NewComment(string? Body);

    public static async Task<Results<Ok<CommentResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string slug, Request request, ClaimsPrincipal principal, IComments comments, CancellationToken cancellationToken)
    {
        if (request.Comment is null)
        {
            return ApiErrors.MissingEnvelope("comment");
        }

        var result = await comments.AddAsync(principal.GetUserId(), slug, request.Comment.Body, cancellationToken);
        return result.Value is { } comment ? TypedResults.Ok(new CommentResponse(comment)) : ApiErrors.From(result);
    }

    public static async Task<Result<CommentView>> ExecuteAsync(
        long authorId, string slug, string? body, ContentDbContext db, ArticleViewBuilder views, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Required("body", body, ArticleRules.CommentMaxLength);
        if (errors.Any)
        {
            return Result<CommentView>.Invalid(errors);
        }

        var articleId = await db.Articles.Where(a => a.Slug == slug).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (articleId is not { } id)
        {
            return Result<CommentView>.NotFound("article");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var comment = new Comment { ArticleId = id, AuthorId = authorId, Body = body!.Trim(), CreatedAt = now, UpdatedAt = now };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        ContentMetrics.CommentsAdded.Add(1);

        return Result<CommentView>.Ok(await views.Comments(db.Comments.AsNoTracking().Where(c => c.Id == comment.Id), authorId).FirstAsync(cancellationToken));
    }
}
