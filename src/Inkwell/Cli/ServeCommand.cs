using System.CommandLine;
using Inkwell.Platform;
using Inkwell.Platform.Auth;

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
        if (await InkwellCli.TryBuildHostAsync(parseResult, serving: true) is not var (app, modules))
        {
            return ExitCodes.BadArguments;
        }

        try
        {
            // Fail at start-up, not at the first request, when the keys tokens are signed or validated with are
            // missing or unusable (a process with Identity loads its key set; any other needs to know where Identity
            // publishes it). A process without the API platform (the gateway) checks no tokens and has none.
            app.Services.GetService<ITokenValidationKeys>();
        }
        catch (ConfigurationException error)
        {
            await Console.Error.WriteLineAsync(error.Message);
            return ExitCodes.BadArguments;
        }

        await ModuleStartup.RunAsync(app, modules);
        await app.RunAsync();
        return ExitCodes.Ok;
    }
}
