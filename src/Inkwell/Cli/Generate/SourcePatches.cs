namespace Inkwell.Cli.Generate;

/// <summary>
/// The edits to existing files that wire a new entity in: its DbSet and configuration, its endpoints, the module's path
/// prefixes (what the gateway routes to it), the snapshots.
/// </summary>
internal static class SourcePatches
{
    private const string PathPrefixesList = "IReadOnlyList<string> PathPrefixes =>";
    private const string OnModelCreating = "OnModelCreating(ModelBuilder modelBuilder)\n    {\n";
    private const string SnapshotEnd = "#pragma warning restore 612, 618";

    public static string DbContext(string source, EntitySpec entity)
    {
        source = Normalize(source);
        var lastSet = source.LastIndexOf("    public DbSet<", StringComparison.Ordinal);
        var modelStart = source.IndexOf(OnModelCreating, StringComparison.Ordinal);
        if (lastSet < 0 || modelStart < 0)
        {
            throw new GeneratorException($"{entity.Module.DbContextName} has no DbSet properties or no OnModelCreating(ModelBuilder modelBuilder) to add {entity.Name} to.");
        }

        var afterSet = source.IndexOf('\n', lastSet) + 1;
        var configuration = $"        modelBuilder.ApplyConfiguration(new {entity.Name}Configuration());\n\n";
        var insertAt = modelStart + OnModelCreating.Length;
        source = source[..insertAt] + configuration + source[insertAt..];
        return source[..afterSet] + $"\n    public DbSet<{entity.Name}> {entity.Plural} => Set<{entity.Name}>();\n" + source[afterSet..];
    }

    public static string Endpoints(string source, EntitySpec entity)
    {
        source = Normalize(source);
        var end = source.LastIndexOf("\n    }\n}", StringComparison.Ordinal);
        if (end < 0 || !source.Contains($"void {entity.Module.MapMethod}(", StringComparison.Ordinal))
        {
            throw new GeneratorException($"{entity.Module.Name}Endpoints.cs has no {entity.Module.MapMethod} method to map the {entity.Noun} endpoints from.");
        }

        source = source[..end] + $"\n\n        endpoints.Map{entity.Plural}Api();" + source[end..];
        return AddUsing(source, entity.FeatureNamespace);
    }

    /// <summary>Adds the entity's <c>/api/…</c> prefix at the end of the module's <c>PathPrefixes</c> list.</summary>
    public static string PathPrefixes(string source, EntitySpec entity)
    {
        source = Normalize(source);
        var start = source.IndexOf(PathPrefixesList, StringComparison.Ordinal);
        var open = start < 0 ? -1 : source.IndexOf('[', start);
        var end = open < 0 || source[(start + PathPrefixesList.Length)..open].Trim().Length > 0 ? -1 : source.IndexOf("];", open, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new GeneratorException($"{entity.Module.Name}Module.cs has no '{PathPrefixesList} […];' to route {entity.ApiPath} to the module.");
        }

        var listStart = open + 1;
        var listed = source[listStart..end].TrimEnd();
        var separator = listed.TrimStart().Length == 0 ? "" : listed.EndsWith(',') ? " " : ", ";
        var insertAt = listStart + listed.Length;
        return source[..insertAt] + separator + $"\"{entity.ApiPath}\"" + source[insertAt..];
    }

    public static string Snapshot(string source, EntitySpec entity, MigrationProvider provider)
    {
        source = Normalize(source);
        var end = source.IndexOf(SnapshotEnd, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new GeneratorException($"the {provider} model snapshot of {entity.Module.Name} has no '{SnapshotEnd}' to add {entity.Name} before.");
        }

        // The tool's last block ends with "});\n"; the new one follows it after a blank line.
        var lineStart = source.LastIndexOf('\n', end) + 1;
        return source[..lineStart] + "\n" + MigrationTemplates.SnapshotEntry(entity, provider).TrimEnd('\n') + "\n" + source[lineStart..];
    }

    private static string AddUsing(string source, string @namespace)
    {
        var lines = source.Split('\n').ToList();
        var usings = lines.TakeWhile(line => line.StartsWith("using ", StringComparison.Ordinal)).ToList();
        usings.Add($"using {@namespace};");
        var sorted = usings.Distinct().OrderBy(u => u.StartsWith("using System", StringComparison.Ordinal) ? 0 : 1).ThenBy(u => u, StringComparer.Ordinal);
        return string.Join("\n", sorted.Concat(lines.Skip(usings.Count - 1)));
    }

    private static string Normalize(string source) => source.Replace("\r\n", "\n", StringComparison.Ordinal);
}
