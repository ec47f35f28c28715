using Inkwell.Cli.Seed;
using Inkwell.Platform.Seeding;
using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Seeding;

internal static class SeedTestPlans
{
    /// <summary>Small, but with every feature: celebrities, skewed favorites, 1–5 tags per article.</summary>
    public static readonly SeedPlan Custom = new()
    {
        Users = 20,
        Celebrities = 2,
        Follows = 60,
        Tags = 15,
        Articles = 200,
        MinTagsPerArticle = 1,
        MaxTagsPerArticle = 5,
        Favorites = 500,
        Comments = 300,
        RandomSeed = 7,
        Now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    public static Task<SeedOutcome> SeedAsync(InkwellFactory factory, SeedPlan plan) =>
        SeedRunner.RunAsync(factory.Services, InkwellModules.Manager.Resolve("all"), plan, NullSeedProgress.Instance, CancellationToken.None);
}

/// <summary>A host whose database holds <see cref="SeedTestPlans.Custom"/>, seeded once for the tests that only read it.</summary>
public sealed class SeededInkwellFactory : InkwellFactory, IAsyncLifetime
{
    public async Task InitializeAsync() => Assert.True((await SeedTestPlans.SeedAsync(this, SeedTestPlans.Custom)).Seeded);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
