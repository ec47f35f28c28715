using Inkwell.Content.Data;
using Inkwell.Identity.Data;
using System.Text.Json;
using Inkwell.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Seeding;

/// <summary>One random seed, one data set: benchmarks and bug reports can rebuild exactly the same database.</summary>
public sealed class SeedDeterminismTests
{
    [Fact]
    public async Task The_same_plan_writes_the_same_rows_and_another_seed_writes_others()
    {
        var plan = SeedTestPlans.Custom with { Users = 12, Articles = 60, Favorites = 150, Comments = 80, Follows = 40 };

        var first = await SeedAndReadAsync(plan);
        var again = await SeedAndReadAsync(plan);
        var other = await SeedAndReadAsync(plan with { RandomSeed = plan.RandomSeed + 1 });

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    /// <summary>Every seeded row as text, but password hashes: each hash has its own random salt.</summary>
    private static async Task<string> SeedAndReadAsync(Inkwell.Platform.Seeding.SeedPlan plan)
    {
        using var factory = new InkwellFactory();
        Assert.True((await SeedTestPlans.SeedAsync(factory, plan)).Seeded);
        await using var scope = factory.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var content = scope.ServiceProvider.GetRequiredService<ContentDbContext>();

        var rows = new List<object>();
        rows.AddRange(await identity.Users.OrderBy(u => u.Id).Select(u => new { u.Id, u.Username, u.Email, u.Bio, u.CreatedAt }).ToListAsync());
        rows.AddRange(await identity.Follows.OrderBy(f => f.FollowerId).ThenBy(f => f.FolloweeId).ToListAsync());
        rows.AddRange(await content.Tags.OrderBy(t => t.Id).Select(t => new { t.Id, t.Name }).ToListAsync());
        rows.AddRange(await content.Articles.OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Slug, a.Title, a.Description, a.Body, a.AuthorId, a.CreatedAt, a.UpdatedAt, a.FavoritesCount }).ToListAsync());
        rows.AddRange(await content.ArticleTags.OrderBy(t => t.ArticleId).ThenBy(t => t.Position).Select(t => new { t.ArticleId, t.TagId, t.Position }).ToListAsync());
        rows.AddRange(await content.Favorites.OrderBy(f => f.ArticleId).ThenBy(f => f.UserId).ToListAsync());
        rows.AddRange(await content.Comments.OrderBy(c => c.Id).ToListAsync());
        return JsonSerializer.Serialize(rows);
    }
}
