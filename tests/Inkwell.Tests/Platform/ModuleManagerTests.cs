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

    private sealed class FakeRemoteClient(string name, params string[] dependsOn) : IModule
    {
        public string Name => name;

        public IReadOnlyList<string> DependsOn => dependsOn;

        public IReadOnlyList<string> ReachableOverHttp => dependsOn;

        public void AddServices(IHostApplicationBuilder builder) => throw new NotSupportedException();

        public void MapEndpoints(IEndpointRouteBuilder endpoints) => throw new NotSupportedException();

        public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class FakeStandalone(string name) : IStandaloneModule
    {
        public string Name => name;

        public IReadOnlyList<string> DependsOn => [];

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
        new FakeStandalone("gateway"),
    ];

    private static readonly ModuleManager Manager = new(Catalog);

    private static List<string> Names(IEnumerable<IModule> modules) => modules.Select(m => m.Name).ToList();

    [Fact]
    public void All_starts_every_module_but_the_standalone_ones_with_dependencies_before_dependents()
    {
        Assert.Equal(["identity", "content", "web"], Names(Manager.Resolve("all")));
    }

    [Fact]
    public void An_empty_target_means_all()
    {
        Assert.Equal(["identity", "content", "web"], Names(Manager.Resolve(null)));
        Assert.Equal(["identity", "content", "web"], Names(Manager.Resolve(" ")));
    }

    [Fact]
    public void Every_module_is_a_target_and_a_comma_list_runs_exactly_the_listed_modules_in_dependency_order()
    {
        Assert.Equal(["all", "web", "content", "identity", "gateway"], Manager.Targets);
        Assert.Equal(["identity"], Names(Manager.Resolve("identity")));
        Assert.Equal(["gateway"], Names(Manager.Resolve("gateway")));
        Assert.Equal(["identity", "content"], Names(Manager.Resolve("content, IDENTITY, content")));
    }

    [Fact]
    public void A_module_without_the_modules_it_depends_on_is_refused_with_their_names()
    {
        var error = Assert.Throws<InvalidTargetException>(() => Manager.Resolve("web"));

        Assert.Contains("module 'web' needs 'content' and 'identity' in the same process", error.Message, StringComparison.Ordinal);
        Assert.Contains("--target all", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidTargetException>(() => Manager.Resolve("web,identity"));
    }

    [Fact]
    public void A_module_that_reaches_its_dependencies_over_http_runs_alone_and_after_them_when_they_share_its_process()
    {
        var manager = new ModuleManager([new FakeRemoteClient("site", "identity", "content"), new FakeModule("content"), new FakeModule("identity")]);

        Assert.Equal(["site"], Names(manager.Resolve("site")));
        Assert.Equal(["identity", "site"], Names(manager.Resolve("site,identity")));
        Assert.Equal(["identity", "content", "site"], Names(manager.Resolve("all")));
    }

    [Fact]
    public void A_standalone_module_shares_its_process_with_no_other()
    {
        var error = Assert.Throws<InvalidTargetException>(() => Manager.Resolve("gateway,identity"));

        Assert.Contains("'gateway' runs in a process of its own", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidTargetException>(() => Manager.Resolve("all,gateway"));
    }

    [Fact]
    public void An_unknown_target_is_a_clear_error_listing_the_valid_ones()
    {
        var error = Assert.Throws<InvalidTargetException>(() => Manager.Resolve("identity,search"));

        Assert.Contains("Unknown target 'search'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Valid targets: all, web, content, identity, gateway", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dependency_cycle_is_reported_with_its_path()
    {
        var manager = new ModuleManager([new FakeModule("a", "b"), new FakeModule("b", "a")]);

        var error = Assert.Throws<InvalidTargetException>(() => manager.Resolve("a"));

        Assert.Contains("a -> b -> a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dependency_missing_from_the_catalog_is_reported()
    {
        var manager = new ModuleManager([new FakeModule("a", "ghost")]);

        var error = Assert.Throws<InvalidTargetException>(() => manager.Resolve("all"));

        Assert.Contains("'ghost'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_binary_has_a_target_per_module_and_all_leaves_out_the_gateway()
    {
        Assert.Equal(["all", "identity", "content", "web", "worker", "gateway"], InkwellModules.Manager.Targets);
        Assert.Equal(["identity", "content", "web", "worker"], Names(InkwellModules.Manager.Resolve("all")));
        Assert.Equal(["gateway"], Names(InkwellModules.Manager.Resolve("gateway")));
        Assert.Equal(["identity", "content"], Names(InkwellModules.Manager.Resolve("identity,content")));
    }
}
