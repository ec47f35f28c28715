using Inkwell.Content.Articles;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Moderation;

internal static class HideArticle
{
    /// <summary><c>PUT /api/admin/content/articles/{slug}/hidden</c> with <c>{"moderation":{"hidden":true}}</c>, for moderators.</summary>
    public static async Task<Results<Ok<ModerationResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string slug, ModerationRequest request, IModeration moderation, CancellationToken cancellationToken)
    {
        if (request.Moderation?.Hidden is not { } hidden)
        {
            return ApiErrors.Invalid(new ValidationErrors().Add("hidden", "is required (true or false)"));
        }

        var result = await moderation.SetArticleHiddenAsync(slug, hidden, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(new ModerationResponse(new ModerationState(result.Value))) : ApiErrors.From(result);
    }

    /// <summary>
    /// Hides or shows again; doing it twice is doing it once, and the first hiding time is kept. The kept counts
    /// (docs/decisions/0004) leave a hidden article out: the triggers move them in the same transaction.
    /// </summary>
    public static async Task<Result<bool>> ExecuteAsync(string slug, bool hidden, ContentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (article is null)
        {
            return Result<bool>.NotFound("article");
        }

        if (article.HiddenAt is not null == hidden)
        {
            return Result<bool>.Ok(hidden);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await KeptCountLocks.TakeAsync(db, article.AuthorId, cancellationToken);
        article.HiddenAt = hidden ? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<bool>.Ok(hidden);
    }
}
