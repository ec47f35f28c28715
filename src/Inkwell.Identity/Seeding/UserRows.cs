using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Seeding;

namespace Inkwell.Identity.Seeding;

/// <summary>Users <c>user1</c>…<c>userN</c> (<c>user{n}@seed.inkwell.test</c>), who joined over the year before the articles begin.</summary>
internal static class UserRows
{
    public const string EmailDomain = "seed.inkwell.test";

    private static readonly BulkTable Table = new(
        "identity_users",
        ["Id", "Username", "NormalizedUsername", "Email", "NormalizedEmail", "PasswordHash", "Bio", "Image", "CreatedAt", "UpdatedAt"],
        IdentityColumn: "Id");

    private static readonly string[] Roles =
    [
        "Backend engineer", "Frontend developer", "Product designer", "Site reliability engineer", "Data engineer",
        "Engineering manager", "Technical writer", "Security researcher", "Mobile developer", "Open source maintainer",
    ];

    private static readonly string[] Interests =
    [
        "databases", "distributed systems", "accessibility", "typography", "compilers", "testing", "observability",
        "performance", "developer tools", "APIs", "security", "machine learning", "the web platform", "queues",
    ];

    public static async Task<IReadOnlyList<SeededProfile>> WriteAsync(
        IdentityDbContext db, SeedPlan plan, string passwordHash, ISeedProgress progress, CancellationToken cancellationToken)
    {
        var random = SeedRandom.For(plan, Table.Name);
        var joinedFrom = plan.Now.AddYears(-3);
        var profiles = new SeededProfile[plan.Users];

        await using var writer = await BulkWriter.OpenAsync(db, Table, plan.Users, progress, cancellationToken);
        for (var n = 1; n <= plan.Users; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var username = $"user{n}";
            var email = $"{username}@{EmailDomain}";
            var joined = SeedRandom.Between(random, joinedFrom.AddDays(365.0 * (n - 1) / plan.Users), joinedFrom.AddDays(365.0 * n / plan.Users));

            var bio = Bio(random);
            writer.StartRow();
            writer.Write((long)n);
            writer.Write(username);
            writer.Write(username);
            writer.Write(email);
            writer.Write(email);
            writer.Write(passwordHash);
            writer.Write(bio);
            writer.Write((string?)null);
            writer.Write(joined);
            writer.Write(joined);
            writer.EndRow();
            profiles[n - 1] = new SeededProfile(n, username, bio, Image: null, joined);
        }

        await writer.CompleteAsync(cancellationToken);
        return profiles;
    }

    // A quarter of people never write a bio; the rest say what they do and what they care about.
    private static string? Bio(Random random) => random.Next(4) == 0
        ? null
        : $"{Roles[random.Next(Roles.Length)]}. Writes about {Interests[random.Next(Interests.Length)]} and {Interests[random.Next(Interests.Length)]}.";
}
