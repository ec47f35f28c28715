using Inkwell.Platform.Modules;
using Inkwell.Platform.Seeding;

namespace Inkwell.Cli.Seed;

/// <summary>The result of a seed run: seeded, or refused because these tables already held rows.</summary>
public sealed record SeedOutcome(IReadOnlyList<string> NonEmptyTables)
{
    public bool Seeded => NonEmptyTables.Count == 0;
}

/// <summary>
/// Migrates every module, checks that none holds data yet, then runs each module's bulk seeder in
/// dependency order, passing one <see cref="SeedContext"/> along.
/// </summary>
public static class SeedRunner
{
    public static async Task<SeedOutcome> RunAsync(
        IServiceProvider services, IReadOnlyList<IModule> modules, SeedPlan plan, ISeedProgress progress, CancellationToken cancellationToken)
    {
        foreach (var module in modules)
        {
            await using var migrationScope = services.CreateAsyncScope();
            await module.MigrateAsync(migrationScope.ServiceProvider, cancellationToken);
        }

        await using var scope = services.CreateAsyncScope();
        var registered = scope.ServiceProvider.GetServices<IBulkSeeder>().ToList();
        var seeders = modules.SelectMany(module => registered.Where(seeder => seeder.ModuleName == module.Name)).ToList();

        var nonEmpty = new List<string>();
        foreach (var seeder in seeders)
        {
            nonEmpty.AddRange(await seeder.NonEmptyTablesAsync(cancellationToken));
        }

        if (nonEmpty.Count > 0)
        {
            return new SeedOutcome(nonEmpty);
        }

        var context = new SeedContext();
        foreach (var seeder in seeders)
        {
            await seeder.SeedAsync(plan, context, progress, cancellationToken);
        }

        return new SeedOutcome([]);
    }
}
