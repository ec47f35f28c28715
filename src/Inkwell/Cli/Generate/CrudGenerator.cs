using System.Globalization;

namespace Inkwell.Cli.Generate;

/// <summary>
/// Writes a CRUD feature into a module: every file is made in memory and checked first, so bad input or an entity that
/// exists leaves the tree untouched.
/// </summary>
internal static class CrudGenerator
{
    /// <summary>The files written or changed, relative to the root.</summary>
    public static IReadOnlyList<string> Generate(string root, string entityName, string moduleName, string? fields, DateTime now)
    {
        var name = EntitySpec.CheckName(entityName);
        var module = ModuleLayout.Find(root, moduleName);
        var entity = new EntitySpec(name, module, FieldSpec.ParseList(fields), MigrationTime(module, now));

        var dataFolder = Path.Combine(module.ProjectFolder, "Data");
        var featureFolder = Path.Combine(module.ProjectFolder, entity.Plural);
        var created = new Dictionary<string, string>
        {
            [Path.Combine(dataFolder, $"{name}.cs")] = EntityTemplates.Entity(entity),
            [Path.Combine(dataFolder, $"{name}Configuration.cs")] = EntityTemplates.Configuration(entity),
            [Path.Combine(featureFolder, $"{name}Rules.cs")] = RulesTemplate.Rules(entity),
            [Path.Combine(featureFolder, $"List{entity.Plural}.cs")] = ListTemplate.List(entity),
            [Path.Combine(featureFolder, $"Get{name}.cs")] = UseCaseTemplates.Get(entity),
            [Path.Combine(featureFolder, $"Create{name}.cs")] = UseCaseTemplates.Create(entity),
            [Path.Combine(featureFolder, $"Update{name}.cs")] = UseCaseTemplates.Update(entity),
            [Path.Combine(featureFolder, $"Delete{name}.cs")] = UseCaseTemplates.Delete(entity),
            [Path.Combine(featureFolder, $"{name}Endpoints.cs")] = UseCaseTemplates.Endpoints(entity),
            [Path.Combine(module.TestsFolder, $"{entity.Plural}ApiTests.cs")] = TestTemplate.Tests(entity),
        };
        foreach (var provider in Enum.GetValues<MigrationProvider>())
        {
            created[Path.Combine(module.MigrationsFolder(provider), $"{entity.MigrationId}.cs")] = MigrationTemplates.Migration(entity, provider);
        }

        var dbContext = File.ReadAllText(module.DbContextFile);
        if (Directory.Exists(featureFolder) || created.Keys.Any(File.Exists)
            || dbContext.Contains($"DbSet<{name}>", StringComparison.Ordinal) || dbContext.Contains($"\"{entity.Table}\"", StringComparison.Ordinal))
        {
            throw new GeneratorException($"{module.Name} already has an entity {name} (or its table {entity.Table} or its folder {entity.Plural}/); nothing was written.");
        }

        if (ModuleLayout.ClaimingPathPrefix(root, entity.ApiPath) is { } claiming)
        {
            throw new GeneratorException($"{entity.ApiPath} is already a path of the module in {Path.GetRelativePath(root, claiming)}; nothing was written.");
        }

        var changed = new Dictionary<string, string>
        {
            [module.DbContextFile] = SourcePatches.DbContext(dbContext, entity),
            [module.EndpointsFile] = SourcePatches.Endpoints(File.ReadAllText(module.EndpointsFile), entity),
            [module.ModuleFile] = SourcePatches.PathPrefixes(File.ReadAllText(module.ModuleFile), entity),
        };
        foreach (var provider in Enum.GetValues<MigrationProvider>())
        {
            var snapshot = Path.Combine(module.MigrationsFolder(provider), $"{module.DbContextName}ModelSnapshot.cs");
            if (!File.Exists(snapshot))
            {
                throw new GeneratorException($"{snapshot} is missing: make the module's first migration with dotnet ef before generating into it.");
            }

            changed[snapshot] = SourcePatches.Snapshot(File.ReadAllText(snapshot), entity, provider);
        }

        foreach (var (path, text) in created.Concat(changed))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.EndsWith('\n') ? text : text + "\n");
        }

        return created.Keys.Concat(changed.Keys).Select(path => Path.GetRelativePath(root, path)).ToList();
    }

    /// <summary>Now, or just after the module's newest migration if that is later, so migrations apply in the order written.</summary>
    private static DateTime MigrationTime(ModuleLayout module, DateTime now)
    {
        var newest = Enum.GetValues<MigrationProvider>()
            .SelectMany(provider => Directory.EnumerateFiles(module.MigrationsFolder(provider), "*.cs"))
            .Select(file => Path.GetFileName(file))
            .Where(file => file.Length > 15 && file[14] == '_')
            .Select(file => DateTime.TryParseExact(file[..14], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : DateTime.MinValue)
            .DefaultIfEmpty(DateTime.MinValue)
            .Max();
        return now > newest ? now : newest.AddSeconds(1);
    }
}
