namespace Inkwell.Platform.Seeding;

/// <summary>
/// A module's part of <c>inkwell seed</c>: it fills only its own tables, in bulk. Seeders run in the
/// module manager's order, so a module can read what the modules it depends on put in the <see cref="SeedContext"/>.
/// </summary>
public interface IBulkSeeder
{
    /// <summary>The <see cref="Modules.IModule.Name"/> of the module this seeder belongs to.</summary>
    string ModuleName { get; }

    /// <summary>The module's tables that already hold rows; seeding refuses to add to them.</summary>
    Task<IReadOnlyList<string>> NonEmptyTablesAsync(CancellationToken cancellationToken);

    Task SeedAsync(SeedPlan plan, SeedContext context, ISeedProgress progress, CancellationToken cancellationToken);
}
