using System.CommandLine;
using Spectre.Console;

namespace Inkwell.Cli;

/// <summary><c>inkwell migrate</c>: brings every module's tables up to date on the configured engine, then exits.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply every module's database migrations to the configured database and exit.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        migrate.SetAction(RunAsync);
        return migrate;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (await InkwellCli.TryBuildHostAsync(parseResult) is not var (app, modules))
        {
            return ExitCodes.BadArguments;
        }

        await using (app)
        {
            var table = new Table().AddColumns("module", "result");
            foreach (var module in modules)
            {
                await using var scope = app.Services.CreateAsyncScope();
                try
                {
                    await module.MigrateAsync(scope.ServiceProvider, cancellationToken);
                    table.AddRow(module.Name, "[green]up to date[/]");
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    table.AddRow(module.Name, $"[red]failed:[/] {Markup.Escape(error.Message)}");
                    AnsiConsole.Write(table);
                    return ExitCodes.Failed;
                }
            }

            AnsiConsole.Write(table);
        }

        return ExitCodes.Ok;
    }
}
