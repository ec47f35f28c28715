using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Mail;

internal static class GetMailRecipient
{
    public static async Task<MailRecipient?> ExecuteAsync(long userId, IdentityDbContext db, CancellationToken cancellationToken) =>
        (await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken))?.ToRecipient();
}
