using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Users;

/// <summary>Usernames and emails are unique regardless of case; a clash is a 422 naming the field.</summary>
internal static class UniqueUserFields
{
    public static async Task<ValidationErrors> FindTakenAsync(IdentityDbContext db, User user, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (await db.Users.AnyAsync(u => u.Id != user.Id && u.NormalizedUsername == user.NormalizedUsername, cancellationToken))
        {
            errors.Add("username", "has already been taken");
        }

        if (await db.Users.AnyAsync(u => u.Id != user.Id && u.NormalizedEmail == user.NormalizedEmail, cancellationToken))
        {
            errors.Add("email", "has already been taken");
        }

        return errors;
    }

    /// <summary>
    /// Saves, or, when a concurrent request took the same username or email first, answers which.
    /// Any other failure is not the user's to fix and propagates.
    /// </summary>
    public static async Task<ValidationErrors> SaveAsync(IdentityDbContext db, User user, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new ValidationErrors();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var taken = await FindTakenAsync(db, user, cancellationToken);
            if (!taken.Any)
            {
                throw;
            }

            return taken;
        }
    }
}
