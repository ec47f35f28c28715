using Inkwell.Cli;

namespace Inkwell.Tests.Generator;

/// <summary><c>inkwell generate crud</c> refuses bad input with exit code 2 and writes nothing; good input wires a feature in.</summary>
public sealed class GenerateCommandTests(GenerateCommandTests.Sources sources) : IClassFixture<GenerateCommandTests.Sources>
{
    private readonly SourceTree _tree = sources.Tree;

    [Theory]
    [InlineData("Product", "Catalog", "name:string", "unknown module 'Catalog'")]
    [InlineData("Product", "Web", "name:string", "unknown module 'Web'")]
    [InlineData("product", "Content", "name:string", "must be PascalCase")]
    [InlineData("Product", "Content", "name", "is not name:type")]
    [InlineData("Product", "Content", "price:money", "type 'money' is not one of")]
    [InlineData("Product", "Content", "Name:string", "must start with a lower-case letter")]
    [InlineData("Product", "Content", "id:long", "is the key")]
    [InlineData("Product", "Content", "sort:string", "clash with the list's query parameter")]
    [InlineData("Product", "Content", "name:string?:required", "both optional (?) and required")]
    [InlineData("Product", "Content", "name:string:unique", "'unique' is not an option")]
    [InlineData("Product", "Content", "count:int(5)", "only text has a length")]
    [InlineData("Product", "Content", "name:string,name:int", "more than once")]
    [InlineData("Article", "Content", "name:string", "already has an entity Article")]
    [InlineData("Comment", "Content", "body:string", "already has an entity Comment")]
    [InlineData("User", "Content", "name:string", "/api/users is already a path of the module in")]
    public async Task Bad_input_exits_2_with_a_clear_message_and_writes_nothing(string entity, string module, string fields, string message)
    {
        var before = _tree.Snapshot();

        var result = await GenerateAsync(entity, module, fields);

        Assert.Equal(ExitCodes.BadArguments, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, _tree.Snapshot());
    }

    [Fact]
    public async Task A_missing_fields_option_is_a_bad_argument()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await InkwellCli.RunAsync(["generate", "crud", "Product", "--module", "Content", "--root", _tree.Root], new() { Output = output, Error = error });

        Assert.Equal(ExitCodes.BadArguments, exitCode);
        Assert.Contains("--fields", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_generated_entity_is_wired_into_the_module_and_generating_it_again_is_refused()
    {
        using var tree = SourceTree.Copy("src");
        var first = await GenerateAsync("BlogCategory", "content", "title:string(80):required,rank:int?", tree);
        var afterFirst = tree.Snapshot();
        var again = await GenerateAsync("BlogCategory", "Content", "title:string", tree);

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        var source = Path.Combine(tree.Root, "src", "Inkwell.Content");
        Assert.True(File.Exists(Path.Combine(source, "BlogCategories", "ListBlogCategories.cs")));
        Assert.Contains("public DbSet<BlogCategory> BlogCategories => Set<BlogCategory>();", File.ReadAllText(Path.Combine(source, "Data", "ContentDbContext.cs")), StringComparison.Ordinal);
        Assert.Contains("modelBuilder.ApplyConfiguration(new BlogCategoryConfiguration());", File.ReadAllText(Path.Combine(source, "Data", "ContentDbContext.cs")), StringComparison.Ordinal);
        Assert.Contains("endpoints.MapBlogCategoriesApi();", File.ReadAllText(Path.Combine(source, "ContentEndpoints.cs")), StringComparison.Ordinal);
        Assert.Contains("PathPrefixes => [\"/api/articles\", \"/api/tags\", \"/api/admin/content\", \"/api/blog-categories\"];", File.ReadAllText(Path.Combine(source, "ContentModule.cs")), StringComparison.Ordinal);
        Assert.Contains("\"/api/blog-categories\"", File.ReadAllText(Path.Combine(source, "BlogCategories", "BlogCategoryEndpoints.cs")), StringComparison.Ordinal);
        Assert.Contains("content_blog_categories", File.ReadAllText(Path.Combine(source, "Data", "BlogCategoryConfiguration.cs")), StringComparison.Ordinal);
        foreach (var engine in new[] { "Sqlite", "Postgres" })
        {
            var migrations = Path.Combine(tree.Root, "src", $"Inkwell.Migrations.{engine}", "Content");
            Assert.Single(Directory.EnumerateFiles(migrations, "*_AddBlogCategories.cs"));
            Assert.Contains("\"Inkwell.Content.Data.BlogCategory\"", File.ReadAllText(Path.Combine(migrations, "ContentDbContextModelSnapshot.cs")), StringComparison.Ordinal);
        }

        Assert.Equal(ExitCodes.BadArguments, again.ExitCode);
        Assert.Equal(afterFirst, tree.Snapshot());
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> GenerateAsync(string entity, string module, string fields, SourceTree? tree = null)
    {
        tree ??= _tree;
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await InkwellCli.RunAsync(
            ["generate", "crud", entity, "--module", module, "--fields", fields, "--root", tree.Root], new() { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>One copy for the refusals, which must leave it as it was.</summary>
    public sealed class Sources : IDisposable
    {
        public SourceTree Tree { get; } = SourceTree.Copy("src");

        public void Dispose() => Tree.Dispose();
    }
}
