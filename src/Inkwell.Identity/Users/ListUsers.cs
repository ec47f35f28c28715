using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Users;

/// <summary>A page of accounts for an operator, oldest first, optionally of one role.</summary>
internal static class ListUsers
{
    public static async Task<AccountPage> ExecuteAsync(Paging paging, string? role, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (role is not null)
        {
            users = users.Where(u => u.Role == role);
        }

        var total = await users.CountAsync(cancellationToken);
        var page = await users
            .OrderBy(u => u.Id)
            .Skip(paging.Offset)
            .Take(paging.Limit)
            .Select(u => new AccountListing(u.Id, u.Username, u.Email, u.Role, u.CreatedAt, u.LockedAt))
            .ToListAsync(cancellationToken);
        return new AccountPage(page, total);
    }
}
