using Inkwell.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Identity;

/// <summary>The demo writers a fresh install shows. Their password is public on purpose: it is demo content.</summary>
internal static class IdentityDemoData
{
    public const string Password = "inkwell-demo";

    private static readonly (string Username, string Bio)[] Writers =
    [
        ("ada", "Writes about programming languages and the people who make them."),
        ("brendan", "Backend engineer. Databases, queues and the occasional outage report."),
        ("chioma", "Product designer who codes. Accessibility, typography and small tools."),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IdentityDbContext>();
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var hasher = services.GetRequiredService<IPasswordHasher<User>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var users = Writers.Select(writer =>
        {
            var user = new User
            {
                Username = writer.Username,
                NormalizedUsername = writer.Username,
                Email = $"{writer.Username}@demo.inkwell.test",
                NormalizedEmail = $"{writer.Username}@demo.inkwell.test",
                PasswordHash = "",
                Bio = writer.Bio,
                CreatedAt = now,
                UpdatedAt = now,
            };
            user.PasswordHash = hasher.HashPassword(user, Password);
            return user;
        }).ToList();

        db.Users.AddRange(users);
        await db.SaveChangesAsync(cancellationToken);

        // Everyone follows ada, so "your feed" is never empty for the other demo writers.
        db.Follows.AddRange(users.Skip(1).Select(u => new Follow { FollowerId = u.Id, FolloweeId = users[0].Id, CreatedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
