using System.CommandLine;
using Inkwell.Cli.Events;
using Inkwell.Cli.Seed;
using Inkwell.Platform;
using Inkwell.Platform.Modules;

namespace Inkwell.Cli;

/// <summary>
/// The <c>inkwell</c> command line. Serving is the default; options it does not know itself
/// (<c>--urls</c>, <c>--Auth:SigningKeys:Path=…</c>) go on to ASP.NET Core's configuration.
/// </summary>
public static class InkwellCli
{
    public static readonly Option<string> Target = new("--target")
    {
        Description = "Modules this process runs: all (default), identity, content, web, worker or gateway; a comma list runs several.",
        DefaultValueFactory = _ => "all",
        Recursive = true,
    };

    public static RootCommand Create()
    {
        var root = new RootCommand("Inkwell: a publishing platform. Without a command, serves the website and the API.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(Target);
        root.SetAction(ServeCommand.RunAsync);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        root.Subcommands.Add(JobsCommand.Create());
        return root;
    }

    /// <summary>
    /// Builds the host for a command, or prints why it cannot (an unknown target, unusable configuration)
    /// and returns null; the command then exits with <see cref="ExitCodes.BadArguments"/>.
    /// </summary>
    public static async Task<(WebApplication App, IReadOnlyList<IModule> Modules)?> TryBuildHostAsync(ParseResult parseResult)
    {
        try
        {
            return InkwellHost.Build(HostArguments(parseResult));
        }
        catch (Exception error) when (error is InvalidTargetException or ConfigurationException)
        {
            await Console.Error.WriteLineAsync(error.Message);
            return null;
        }
    }

    /// <summary>The arguments the web host gets: everything the command line did not claim, and the target.</summary>
    public static string[] HostArguments(ParseResult parseResult) =>
        [.. parseResult.UnmatchedTokens, "--target", parseResult.GetValue(Target) ?? "all"];
}
