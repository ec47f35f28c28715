using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;

namespace Inkwell.Identity.Mail;

/// <summary>Follows an unsubscribe link: the signed token is the authority, so no sign-in is needed.</summary>
internal static class Unsubscribe
{
    public static async Task<Result<MailRecipient>> ExecuteAsync(string? token, UnsubscribeTokens tokens, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (await tokens.ReadAsync(token) is not { } userId)
        {
            return Result<MailRecipient>.Invalid("token", "is not a valid unsubscribe link");
        }

        return await SetEmailNotifications.ExecuteAsync(userId, enabled: false, db, cancellationToken);
    }
}
