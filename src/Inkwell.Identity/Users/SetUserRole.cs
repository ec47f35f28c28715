using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Users;

/// <summary>
/// Gives a user one of <see cref="Roles.All"/>. An operator's action, with no API endpoint: nobody grants
/// themselves a role. Tokens already issued keep the old role until they expire.
/// </summary>
internal static class SetUserRole
{
    public static async Task<Result<Account>> ExecuteAsync(
        string username, string role, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(role))
        {
            return Result<Account>.Invalid("role", $"must be one of {string.Join(", ", Roles.All)}");
        }

        var normalized = User.Normalize(username);
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUsername == normalized, cancellationToken);
        if (user is null)
        {
            return Result<Account>.NotFound("user");
        }

        user.Role = role;
        user.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Result<Account>.Ok(user.ToAccount());
    }
}
