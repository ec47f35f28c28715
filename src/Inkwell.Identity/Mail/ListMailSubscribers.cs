using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Mail;

/// <summary>Users who want e-mail, in id order, one page after another (keyset paging: each page is an index range, however far in).</summary>
internal static class ListMailSubscribers
{
    public static async Task<IReadOnlyList<MailRecipient>> ExecuteAsync(long afterUserId, int count, IdentityDbContext db, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Id > afterUserId && u.EmailNotifications)
            .OrderBy(u => u.Id)
            .Take(count)
            .Select(u => new MailRecipient(u.Id, u.Username, u.Email, u.EmailNotifications))
            .ToListAsync(cancellationToken);
}
