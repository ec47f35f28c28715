using System.Reflection;
using Inkwell.Content;
using Inkwell.Identity;
using Inkwell.Web;
using Inkwell.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Architecture;

/// <summary>Modules talk through contracts only: no module references another's implementation or maps its tables.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly IdentityAssembly = typeof(IdentityModule).Assembly;
    private static readonly Assembly ContentAssembly = typeof(ContentModule).Assembly;

    [Theory]
    [InlineData(typeof(IdentityModule))]
    [InlineData(typeof(ContentModule))]
    [InlineData(typeof(WebModule))]
    [InlineData(typeof(Inkwell.Worker.WorkerModule))]
    [InlineData(typeof(Inkwell.Gateway.GatewayModule))]
    public void A_module_references_only_the_platform_and_other_modules_contracts(Type moduleType)
    {
        var inkwellReferences = moduleType.Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("Inkwell", StringComparison.Ordinal))
            .ToList();

        Assert.All(inkwellReferences, name => Assert.True(
            name == "Inkwell.Platform" || name.EndsWith(".Contracts", StringComparison.Ordinal),
            $"{moduleType.Assembly.GetName().Name} references {name}"));
    }

    [Fact]
    public void Content_reads_users_only_through_the_identity_contract()
    {
        var references = ContentAssembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("Inkwell.Identity.Contracts", references);
        Assert.DoesNotContain(IdentityAssembly.GetName().Name, references);
    }

    [Fact]
    public void Each_module_maps_only_tables_with_its_own_prefix()
    {
        using var factory = new InkwellFactory();
        using var scope = factory.Services.CreateScope();

        AssertTablesPrefixed(scope.ServiceProvider.GetRequiredService<Inkwell.Identity.Data.IdentityDbContext>(), "identity_");
        AssertTablesPrefixed(scope.ServiceProvider.GetRequiredService<Inkwell.Content.Data.ContentDbContext>(), "content_");
        AssertTablesPrefixed(scope.ServiceProvider.GetRequiredService<Inkwell.Web.Data.WebDbContext>(), "web_");
        AssertTablesPrefixed(scope.ServiceProvider.GetRequiredService<Inkwell.Worker.Data.WorkerDbContext>(), "worker_");
    }

    private static void AssertTablesPrefixed(DbContext db, string prefix)
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, table => Assert.StartsWith(prefix, table, StringComparison.Ordinal));
    }
}
