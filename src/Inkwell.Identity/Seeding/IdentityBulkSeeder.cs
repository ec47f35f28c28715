using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Seeding;

/// <summary>Identity's part of <c>inkwell seed</c>: users, then the follow graph.</summary>
internal sealed class IdentityBulkSeeder(IdentityDbContext db, IPasswordHasher<User> hasher) : IBulkSeeder
{
    /// <summary>Every seeded user's password. Public on purpose: seeded data is for development and load tests.</summary>
    public const string Password = "inkwell-seed";

    public string ModuleName => "identity";

    public async Task<IReadOnlyList<string>> NonEmptyTablesAsync(CancellationToken cancellationToken) =>
        await db.Users.AnyAsync(cancellationToken) ? ["identity_users"] : [];

    public async Task SeedAsync(SeedPlan plan, SeedContext context, ISeedProgress progress, CancellationToken cancellationToken)
    {
        // Hashing is deliberately slow (~100k PBKDF2 rounds); one hash shared by every seeded user keeps
        // 10,000 users a matter of seconds. The salt is in the hash, so each still verifies on its own.
        var passwordHash = hasher.HashPassword(new User { Username = "", NormalizedUsername = "", Email = "", NormalizedEmail = "", PasswordHash = "" }, Password);

        var profiles = await UserRows.WriteAsync(db, plan, passwordHash, progress, cancellationToken);
        var userIds = profiles.Select(p => p.UserId).ToList();
        var celebrityIds = userIds.Take(plan.Celebrities).ToList();
        var follows = await FollowRows.WriteAsync(db, plan, userIds, progress, cancellationToken);

        // Bulk rows bypass the outbox; the modules seeded next take their copies of profiles and follows from here.
        context.Set(new SeededUsers(profiles, celebrityIds, follows));
    }
}
