using System.CommandLine;

namespace Inkwell.Cli.Generate;

/// <summary>
/// <c>inkwell generate crud Product --module Content --fields "name:string:required,price:decimal,publishedAt:datetime?"</c>:
/// writes the entity, its configuration, a migration per engine, the API and its tests into a source tree. It needs no
/// database: it reads and writes source files only. Bad input exits 2 with nothing written.
/// </summary>
internal static class GenerateCommand
{
    private static readonly Argument<string> Entity = new("entity") { Description = "The entity's name, PascalCase and singular: Product." };

    private static readonly Option<string> Module = new("--module") { Description = "The module that owns it: Content, Identity, ...", Required = true };

    private static readonly Option<string> Fields = new("--fields")
    {
        Description = "Comma-separated name:type[?][:required]; types string, string(N), int, long, decimal, bool, datetime, guid; ? for an optional column.",
        Required = true,
    };

    private static readonly Option<string> Root = new("--root")
    {
        Description = "The repository to write into (where Inkwell.slnx is).",
        DefaultValueFactory = _ => ".",
    };

    public static Command Create()
    {
        var crud = new Command("crud", "Generate an entity with its table, migrations, a list/get/create/update/delete API and its integration tests.");
        crud.Arguments.Add(Entity);
        crud.Options.Add(Module);
        crud.Options.Add(Fields);
        crud.Options.Add(Root);
        crud.SetAction(parseResult =>
        {
            var terminal = Terminal.For(parseResult);
            try
            {
                var entity = parseResult.GetValue(Entity)!;
                var written = CrudGenerator.Generate(
                    parseResult.GetValue(Root)!, entity, parseResult.GetValue(Module)!, parseResult.GetValue(Fields), DateTime.UtcNow);
                terminal.Text.WriteLine($"Generated {entity}:");
                foreach (var path in written)
                {
                    terminal.Text.WriteLine($"  {path}");
                }

                terminal.Text.WriteLine($"Next: dotnet build, then dotnet test --filter {written.First(p => p.EndsWith("ApiTests.cs", StringComparison.Ordinal)).Split('/', '\\')[^1][..^3]}");
                return ExitCodes.Ok;
            }
            catch (GeneratorException error)
            {
                return terminal.Fail(ExitCodes.BadArguments, $"generate crud: {error.Message}");
            }
        });
        return new Command("generate", "Generate code into an Inkwell source tree.") { crud };
    }
}
