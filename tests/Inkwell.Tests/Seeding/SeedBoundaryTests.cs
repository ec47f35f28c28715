using Inkwell.Platform.Seeding;
using Inkwell.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Seeding;

/// <summary>Seeding keeps the module boundaries: each module's seeder writes only its own tables.</summary>
public sealed class SeedBoundaryTests
{
    [Fact]
    public async Task Each_module_seeds_only_tables_with_its_own_prefix_and_hands_users_on_through_the_context()
    {
        using var factory = new InkwellFactory();
        var plan = SeedTestPlans.Custom with { Articles = 20, Favorites = 30, Comments = 10 };
        await using var scope = factory.Services.CreateAsyncScope();
        var seeders = scope.ServiceProvider.GetServices<IBulkSeeder>().ToDictionary(s => s.ModuleName);
        var context = new SeedContext();

        var identityTables = new TableRecorder();
        await seeders["identity"].SeedAsync(plan, context, identityTables, CancellationToken.None);
        var contentTables = new TableRecorder();
        await seeders["content"].SeedAsync(plan, context, contentTables, CancellationToken.None);

        Assert.Equal(["identity_users", "identity_follows"], identityTables.Tables);
        Assert.Equal(
            ["content_tags", "content_articles", "content_article_tags", "content_favorites", "content_comments", "content_authors", "content_follows"],
            contentTables.Tables);
    }

    [Fact]
    public async Task Content_cannot_seed_before_identity_has_put_its_users_in_the_context()
    {
        using var factory = new InkwellFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetServices<IBulkSeeder>().Single(s => s.ModuleName == "content");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => content.SeedAsync(SeedTestPlans.Custom, new SeedContext(), NullSeedProgress.Instance, CancellationToken.None));
        Assert.Contains("SeededUsers", error.Message, StringComparison.Ordinal);
    }

    private sealed class TableRecorder : ISeedProgress
    {
        public List<string> Tables { get; } = [];

        public ISeedTableProgress StartTable(string table, long expectedRows)
        {
            Tables.Add(table);
            return NullSeedProgress.Instance;
        }
    }
}
