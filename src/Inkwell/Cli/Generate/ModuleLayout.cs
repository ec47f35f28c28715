namespace Inkwell.Cli.Generate;

/// <summary>
/// Where a module's pieces are in a source tree: its project, its DbContext (<c>Data/&lt;Module&gt;DbContext.cs</c>), its
/// endpoint map (<c>&lt;Module&gt;Endpoints.cs</c>), the module class that declares its paths (<c>&lt;Module&gt;Module.cs</c>),
/// its migrations folders and its API tests. Only a module with all of them can take a generated entity.
/// </summary>
internal sealed record ModuleLayout(string Root, string Name)
{
    public string RootNamespace => $"Inkwell.{Name}";

    /// <summary>The table prefix the module's other tables carry.</summary>
    public string Prefix => Name.ToLowerInvariant();

    public string ProjectFolder => Path.Combine(Root, "src", RootNamespace);

    public string DbContextName => $"{Name}DbContext";

    public string DbContextFile => Path.Combine(ProjectFolder, "Data", $"{DbContextName}.cs");

    public string EndpointsFile => Path.Combine(ProjectFolder, $"{Name}Endpoints.cs");

    public string MapMethod => $"Map{Name}Api";

    public string ModuleFile => Path.Combine(ProjectFolder, $"{Name}Module.cs");

    public string MigrationsFolder(MigrationProvider provider) => Path.Combine(Root, "src", $"Inkwell.Migrations.{provider}", Name);

    public string TestsFolder => Path.Combine(Root, "tests", "Inkwell.Tests", "Api", Name);

    /// <summary>The module class, in any module of the tree, that already lists <paramref name="prefix"/> among its paths.</summary>
    public static string? ClaimingPathPrefix(string root, string prefix) =>
        Directory.EnumerateDirectories(Path.Combine(root, "src"), "Inkwell.*")
            .Select(Path.GetFileName)
            .Where(folder => folder!.StartsWith("Inkwell.", StringComparison.Ordinal))
            .Select(folder => Path.Combine(root, "src", folder!, $"{folder!["Inkwell.".Length..]}Module.cs"))
            .Where(File.Exists)
            .FirstOrDefault(file => File.ReadAllText(file).Contains($"\"{prefix}\"", StringComparison.Ordinal));

    /// <summary>Finds the module named (any case) or says which modules can take an entity.</summary>
    public static ModuleLayout Find(string root, string name)
    {
        if (!File.Exists(Path.Combine(root, "Inkwell.slnx")))
        {
            throw new GeneratorException($"{Path.GetFullPath(root)} is not an Inkwell source tree (no Inkwell.slnx); run from the repository or pass --root.");
        }

        var candidates = Candidates(root);
        var module = candidates.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
        return module ?? throw new GeneratorException(
            $"unknown module '{name}'; a generated entity can go into: {string.Join(", ", candidates.Select(m => m.Name))}.");
    }

    private static List<ModuleLayout> Candidates(string root) =>
        Directory.EnumerateDirectories(Path.Combine(root, "src"), "Inkwell.*")
            .Select(Path.GetFileName)
            .Where(folder => folder!.StartsWith("Inkwell.", StringComparison.Ordinal) && folder.Count(c => c == '.') == 1)
            .Select(folder => folder!["Inkwell.".Length..])
            .Select(name => new ModuleLayout(root, name))
            .Where(module => File.Exists(module.DbContextFile) && File.Exists(module.EndpointsFile) && File.Exists(module.ModuleFile)
                && Enum.GetValues<MigrationProvider>().All(p => Directory.Exists(module.MigrationsFolder(p))))
            .OrderBy(module => module.Name, StringComparer.Ordinal)
            .ToList();
}

/// <summary>The engines with a migrations assembly of their own.</summary>
internal enum MigrationProvider
{
    Sqlite,
    Postgres,
}
