namespace Inkwell.Platform.Modules;

/// <summary>
/// Turns a <c>--target</c> value into the ordered list of modules to start:
/// dependencies first, each module once, cycles and unknown names rejected.
/// </summary>
public sealed class ModuleManager(IReadOnlyList<IModule> catalog, IReadOnlyCollection<string> supportedTargets)
{
    public const string AllTarget = "all";

    public IReadOnlyList<IModule> Resolve(string? target)
    {
        var requested = (string.IsNullOrWhiteSpace(target) ? AllTarget : target)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => name.ToLowerInvariant())
            .ToList();

        var unknown = requested.Where(name => !supportedTargets.Contains(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidTargetException(
                $"Unknown target '{string.Join(",", unknown)}'. Valid targets: {string.Join(", ", supportedTargets)}.");
        }

        var names = requested.Contains(AllTarget) ? catalog.Select(m => m.Name) : requested;
        var ordered = new List<IModule>();
        foreach (var name in names)
        {
            Visit(name, ordered, []);
        }

        return ordered;
    }

    private void Visit(string name, List<IModule> ordered, List<string> path)
    {
        if (ordered.Any(m => m.Name == name))
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
            Visit(dependency, ordered, path);
        }

        path.RemoveAt(path.Count - 1);
        ordered.Add(module);
    }
}

public sealed class InvalidTargetException(string message) : Exception(message);
