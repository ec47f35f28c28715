using System.Security.Claims;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Identity.Mail;

/// <summary>
/// <see cref="IMailSettings"/> over HTTP, for a website that runs without the identity module: the signed-in user's own
/// switch (their token decides whose), and the unsubscribe link (its signed token decides whose).
/// </summary>
internal static class MailSettingsEndpoints
{
    internal sealed record MailBody(string Username, string Email, bool EmailNotifications);

    internal sealed record MailResponse(MailBody Mail);

    internal sealed record SetRequest(SetBody? Mail);

    internal sealed record SetBody(bool? EmailNotifications);

    internal sealed record UnsubscribeRequest(UnsubscribeBody? Mail);

    internal sealed record UnsubscribeBody(string? Token);

    public static async Task<Results<Ok<MailResponse>, JsonHttpResult<ErrorResponse>>> GetAsync(
        ClaimsPrincipal principal, IMailSettings mail, CancellationToken cancellationToken) =>
        await mail.GetRecipientAsync(principal.GetUserId(), cancellationToken) is { } recipient
            ? TypedResults.Ok(Response(recipient))
            : ApiErrors.From(Result<MailRecipient>.Unauthorized("token", "belongs to no user"));

    public static async Task<Results<Ok<MailResponse>, JsonHttpResult<ErrorResponse>>> SetAsync(
        SetRequest request, ClaimsPrincipal principal, IMailSettings mail, CancellationToken cancellationToken)
    {
        if (request.Mail?.EmailNotifications is not { } enabled)
        {
            return ApiErrors.Invalid(new ValidationErrors().Add("emailNotifications", "is required"));
        }

        var result = await mail.SetEmailNotificationsAsync(principal.GetUserId(), enabled, cancellationToken);
        return result.Value is { } recipient ? TypedResults.Ok(Response(recipient)) : ApiErrors.From(result);
    }

    public static async Task<Results<Ok<MailResponse>, JsonHttpResult<ErrorResponse>>> UnsubscribeAsync(
        UnsubscribeRequest request, IMailSettings mail, CancellationToken cancellationToken)
    {
        if (request.Mail is null)
        {
            return ApiErrors.MissingEnvelope("mail");
        }

        var result = await mail.UnsubscribeAsync(request.Mail.Token, cancellationToken);
        return result.Value is { } recipient ? TypedResults.Ok(Response(recipient)) : ApiErrors.From(result);
    }

    private static MailResponse Response(MailRecipient recipient) =>
        new(new MailBody(recipient.Username, recipient.Email, recipient.EmailNotifications));
}
