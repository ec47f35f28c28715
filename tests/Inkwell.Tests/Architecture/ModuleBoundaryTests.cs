using System.Reflection;
using Inkwell.Content;
using Inkwell.Identity;
using Inkwell.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Architecture;

/// <summary>Modules talk through contracts only: no module references another's implementation or maps its tables.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly IdentityAssembly = typeof(IdentityModule).Assembly;
    private static readonly Assembly ContentAssembly = typeof(ContentModule).Assembly;

    [Fact]
    public void Content_does_not_reference_the_identity_module_assembly()
    {
        var references = ContentAssembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain(IdentityAssembly.GetName().Name, references);
        Assert.Contains("Inkwell.Identity.Contracts", references);
    }

    [Fact]
    public void Identity_does_not_reference_the_content_module_assembly()
    {
        var references = IdentityAssembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain(ContentAssembly.GetName().Name, references);
    }

    [Fact]
    public void Each_module_maps_only_tables_with_its_own_prefix()
    {
        using var factory = new InkwellFactory();
        using var scope = factory.Services.CreateScope();

        AssertTablesPrefixed(scope.ServiceProvider.GetRequiredService<Inkwell.Identity.Data.IdentityDbContext>(), "identity_");
        AssertTablesPrefixed(scope.ServiceProvider.GetRequiredService<Inkwell.Content.Data.ContentDbContext>(), "content_");
    }

    private static void AssertTablesPrefixed(DbContext db, string prefix)
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, table => Assert.StartsWith(prefix, table, StringComparison.Ordinal));
    }
}
