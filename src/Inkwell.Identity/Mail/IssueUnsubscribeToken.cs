using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Identity.Mail;

/// <summary>
/// <c>POST /api/users/mail-recipients/{userId}/unsubscribe-token</c>: the signed token a mail's unsubscribe link carries,
/// for the worker composing a mail (a service token only, docs/decisions/0018). Only Identity holds the signing keys.
/// </summary>
internal static class IssueUnsubscribeToken
{
    internal sealed record Response(TokenBody Unsubscribe);

    internal sealed record TokenBody(string Token);

    public static async Task<Results<Ok<Response>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string userId, IMailPreferences mail, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var id = IdParameter.Parse("userId", userId, errors);
        return errors.Any
            ? ApiErrors.Invalid(errors)
            : TypedResults.Ok(new Response(new TokenBody(await mail.CreateUnsubscribeTokenAsync(id, cancellationToken))));
    }
}
