using Inkwell.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Users;

internal static class Accounts
{
    /// <summary>The user with this username, whatever its case, tracked so that a change to it raises Identity's events.</summary>
    public static Task<User?> FindTrackedAsync(IdentityDbContext db, string username, CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(username);
        return db.Users.FirstOrDefaultAsync(u => u.NormalizedUsername == normalized, cancellationToken);
    }
}
