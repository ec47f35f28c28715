using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Mail;

/// <summary>The settings page's switch, and what an unsubscribe link does.</summary>
internal static class SetEmailNotifications
{
    public static async Task<Result<MailRecipient>> ExecuteAsync(long userId, bool enabled, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Result<MailRecipient>.NotFound("user");
        }

        user.EmailNotifications = enabled;
        await db.SaveChangesAsync(cancellationToken);
        return Result<MailRecipient>.Ok(user.ToRecipient());
    }
}
