using Inkwell.Cli.Generate;

namespace Inkwell.Tests.Generator;

/// <summary>The generator adds the new API's path to the module's own list of paths, whatever shape the list has.</summary>
public sealed class SourcePatchesTests
{
    private static readonly EntitySpec Gadget = new("Gadget", new ModuleLayout("/tree", "Shop"), [], DateTime.UnixEpoch);

    [Theory]
    [InlineData("public IReadOnlyList<string> PathPrefixes => [];", "public IReadOnlyList<string> PathPrefixes => [\"/api/gadgets\"];")]
    [InlineData("public IReadOnlyList<string> PathPrefixes => [\"/api/shop\"];", "public IReadOnlyList<string> PathPrefixes => [\"/api/shop\", \"/api/gadgets\"];")]
    [InlineData("public IReadOnlyList<string> PathPrefixes =>\n    [\n        \"/api/shop\",\n    ];", "public IReadOnlyList<string> PathPrefixes =>\n    [\n        \"/api/shop\", \"/api/gadgets\"\n    ];")]
    [InlineData("public IReadOnlyList<string> PathPrefixes => [\n    \"/api/shop\"\n];", "public IReadOnlyList<string> PathPrefixes => [\n    \"/api/shop\", \"/api/gadgets\"\n];")]
    public void The_new_path_goes_at_the_end_of_the_modules_path_prefixes(string declaration, string patched)
    {
        var source = $"public sealed class ShopModule : IModule\n{{\n    {declaration}\n}}\n";

        Assert.Equal($"public sealed class ShopModule : IModule\n{{\n    {patched}\n}}\n", SourcePatches.PathPrefixes(source, Gadget));
    }

    [Fact]
    public void A_module_that_declares_no_paths_is_refused_with_what_is_missing()
    {
        var error = Assert.Throws<GeneratorException>(() => SourcePatches.PathPrefixes("public sealed class ShopModule : IModule\n{\n}\n", Gadget));

        Assert.Contains("ShopModule.cs has no 'IReadOnlyList<string> PathPrefixes => [", error.Message, StringComparison.Ordinal);
    }
}
