using Inkwell.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Tests.Platform;

public sealed class ModuleManagerTests
{
    private sealed class FakeModule(string name, params string[] dependsOn) : IModule
    {
        public string Name => name;

        public IReadOnlyList<string> DependsOn => dependsOn;

        public void AddServices(IHostApplicationBuilder builder) => throw new NotSupportedException();

        public void MapEndpoints(IEndpointRouteBuilder endpoints) => throw new NotSupportedException();

        public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private static readonly IModule[] Catalog =
    [
        new FakeModule("web", "content", "identity"),
        new FakeModule("content", "identity"),
        new FakeModule("identity"),
    ];

    private static List<string> Names(IEnumerable<IModule> modules) => modules.Select(m => m.Name).ToList();

    [Fact]
    public void All_starts_every_module_with_dependencies_before_dependents()
    {
        var manager = new ModuleManager(Catalog, ["all", "web", "content", "identity"]);

        Assert.Equal(["identity", "content", "web"], Names(manager.Resolve("all")));
    }

    [Fact]
    public void An_empty_target_means_all()
    {
        var manager = new ModuleManager(Catalog, ["all"]);

        Assert.Equal(["identity", "content", "web"], Names(manager.Resolve(null)));
        Assert.Equal(["identity", "content", "web"], Names(manager.Resolve(" ")));
    }

    [Fact]
    public void A_comma_list_pulls_in_dependencies_once_each()
    {
        var manager = new ModuleManager(Catalog, ["all", "web", "content", "identity"]);

        Assert.Equal(["identity", "content"], Names(manager.Resolve("content, identity")));
        Assert.Equal(["identity", "content", "web"], Names(manager.Resolve("WEB")));
    }

    [Fact]
    public void An_unknown_target_is_a_clear_error_listing_the_valid_ones()
    {
        var manager = new ModuleManager(Catalog, ["all"]);

        var error = Assert.Throws<InvalidTargetException>(() => manager.Resolve("search"));

        Assert.Contains("'search'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Valid targets: all", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dependency_cycle_is_reported_with_its_path()
    {
        var manager = new ModuleManager([new FakeModule("a", "b"), new FakeModule("b", "a")], ["all", "a", "b"]);

        var error = Assert.Throws<InvalidTargetException>(() => manager.Resolve("a"));

        Assert.Contains("a -> b -> a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dependency_missing_from_the_catalog_is_reported()
    {
        var manager = new ModuleManager([new FakeModule("a", "ghost")], ["all"]);

        var error = Assert.Throws<InvalidTargetException>(() => manager.Resolve("all"));

        Assert.Contains("'ghost'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_binary_accepts_only_the_all_target_for_now()
    {
        Assert.Equal(["identity", "content", "web"], Names(InkwellModules.Manager.Resolve("all")));
        Assert.Throws<InvalidTargetException>(() => InkwellModules.Manager.Resolve("content"));
    }
}
