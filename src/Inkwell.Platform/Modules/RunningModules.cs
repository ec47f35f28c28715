using Microsoft.Extensions.Hosting;

namespace Inkwell.Platform.Modules;

/// <summary>The modules the process runs, known while modules add their services: a module may then choose in-process or HTTP.</summary>
public sealed class RunningModules(IEnumerable<string> names)
{
    private readonly HashSet<string> _names = [.. names];

    public bool Contains(string module) => _names.Contains(module);

    public void Register(IHostApplicationBuilder builder) => builder.Properties[typeof(RunningModules)] = this;

    public static RunningModules Of(IHostApplicationBuilder builder) =>
        builder.Properties.TryGetValue(typeof(RunningModules), out var running) && running is RunningModules modules
            ? modules
            : throw new InvalidOperationException("The host registers the running modules before any module adds its services.");
}
