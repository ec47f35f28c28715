using System.CommandLine;
using Inkwell.Platform;
using Inkwell.Platform.Modules;
using Microsoft.IdentityModel.Tokens;

namespace Inkwell.Cli;

internal static class ServeCommand
{
    public static Command Create()
    {
        var serve = new Command("serve", "Serve the website and the API (the default). Pass --urls to choose the addresses.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        serve.SetAction(RunAsync);
        return serve;
    }

    public static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        WebApplication app;
        IReadOnlyList<IModule> modules;
        try
        {
            (app, modules) = InkwellHost.Build(InkwellCli.HostArguments(parseResult));
            app.Services.GetRequiredService<SymmetricSecurityKey>();
        }
        catch (Exception error) when (error is InvalidTargetException or ConfigurationException)
        {
            await Console.Error.WriteLineAsync(error.Message);
            return ExitCodes.BadArguments;
        }

        await ModuleStartup.RunAsync(app, modules);
        await app.RunAsync();
        return ExitCodes.Ok;
    }
}
