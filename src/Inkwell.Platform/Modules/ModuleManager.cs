namespace Inkwell.Platform.Modules;

/// <summary>
/// Turns a <c>--target</c> value into the ordered list of modules to start. <c>all</c> is every module but
/// the standalone ones, in one process; a module name runs that module, and a comma list runs those modules,
/// dependencies first. A process never quietly starts a module it was not asked for: one that needs another
/// module's contract must find that module in its own process (or be able to reach it over HTTP,
/// <see cref="IModule.ReachableOverHttp"/>), or start-up stops and says which is missing.
/// </summary>
public sealed class ModuleManager(IReadOnlyList<IModule> catalog)
{
    public const string AllTarget = "all";

    public IReadOnlyList<string> Targets { get; } = [AllTarget, .. catalog.Select(m => m.Name)];

    public IReadOnlyList<IModule> Resolve(string? target)
    {
        var requested = Parse(target);
        var unknown = requested.Where(name => !Targets.Contains(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidTargetException(
                $"Unknown target '{string.Join(",", unknown)}'. Valid targets: {string.Join(", ", Targets)}.");
        }

        var names = requested.Contains(AllTarget)
            ? catalog.Where(m => m is not IStandaloneModule).Select(m => m.Name).Union(requested.Where(n => n != AllTarget)).ToList()
            : requested;
        RejectSharedStandalone(names);

        var ordered = new List<IModule>();
        var visited = new HashSet<string>();
        foreach (var name in names)
        {
            Visit(name, names, visited, ordered, []);
        }

        RejectMissingDependencies(ordered);
        return ordered;
    }

    private static List<string> Parse(string? target) =>
        (string.IsNullOrWhiteSpace(target) ? AllTarget : target)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => name.ToLowerInvariant())
            .Distinct()
            .ToList();

    private void RejectSharedStandalone(IReadOnlyList<string> names)
    {
        var standalone = catalog.FirstOrDefault(m => m is IStandaloneModule && names.Contains(m.Name));
        if (standalone is not null && names.Count > 1)
        {
            var others = names.Where(n => n != standalone.Name);
            throw new InvalidTargetException(
                $"Target '{standalone.Name}' runs in a process of its own; start '{string.Join(",", others)}' in another process.");
        }
    }

    /// <summary>Orders the chosen modules dependencies first, walking every dependency so cycles are caught.</summary>
    private void Visit(string name, IReadOnlyList<string> chosen, HashSet<string> visited, List<IModule> ordered, List<string> path)
    {
        if (visited.Contains(name))
        {
            return;
        }

        if (path.Contains(name))
        {
            throw new InvalidTargetException(
                $"Module dependency cycle: {string.Join(" -> ", path.Append(name))}.");
        }

        var module = catalog.FirstOrDefault(m => m.Name == name)
            ?? throw new InvalidTargetException($"Module '{path.LastOrDefault()}' depends on unknown module '{name}'.");

        path.Add(name);
        foreach (var dependency in module.DependsOn)
        {
            Visit(dependency, chosen, visited, ordered, path);
        }

        path.RemoveAt(path.Count - 1);
        visited.Add(name);
        if (chosen.Contains(name))
        {
            ordered.Add(module);
        }
    }

    /// <summary>
    /// A module whose dependency runs elsewhere would fail at its first call into the missing contract;
    /// stopping at start-up with the names is kinder than a dependency-injection error.
    /// </summary>
    private static void RejectMissingDependencies(IReadOnlyList<IModule> ordered)
    {
        var running = ordered.Select(m => m.Name).ToHashSet();
        var problems = ordered
            .Select(m => (m.Name, Missing: m.DependsOn.Where(d => !running.Contains(d) && !m.ReachableOverHttp.Contains(d)).ToList()))
            .Where(m => m.Missing.Count > 0)
            .Select(m => $"module '{m.Name}' needs {string.Join(" and ", m.Missing.Select(d => $"'{d}'"))} in the same process, "
                + "because it calls their contracts in-process")
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidTargetException(
                $"Target '{string.Join(",", running)}' cannot start: {string.Join("; ", problems)}. "
                + "Add the missing modules to --target, or run --target all.");
        }
    }
}

public sealed class InvalidTargetException(string message) : Exception(message);
