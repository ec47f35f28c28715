using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Mail;

/// <summary>
/// Where and whether to mail one user. Over HTTP, <c>GET /api/users/mail-recipients/{userId}</c>: for a service token
/// only (the worker, docs/decisions/0018), since it answers any user's address.
/// </summary>
internal static class GetMailRecipient
{
    internal sealed record Response(MailRecipient Recipient);

    public static async Task<Results<Ok<Response>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string userId, IMailPreferences mail, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var id = IdParameter.Parse("userId", userId, errors);
        if (errors.Any)
        {
            return ApiErrors.Invalid(errors);
        }

        return await mail.GetRecipientAsync(id, cancellationToken) is { } recipient
            ? TypedResults.Ok(new Response(recipient))
            : ApiErrors.NotFound("user");
    }

    public static async Task<MailRecipient?> ExecuteAsync(long userId, IdentityDbContext db, CancellationToken cancellationToken) =>
        (await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken))?.ToRecipient();
}
