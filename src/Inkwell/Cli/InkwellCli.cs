using System.CommandLine;
using Inkwell.Cli.Events;
using Inkwell.Cli.Generate;
using Inkwell.Cli.Config;
using Inkwell.Cli.Health;
using Inkwell.Cli.Seed;
using Inkwell.Cli.Transfer;
using Inkwell.Cli.Users;
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
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ConfigCommand.Create());
        root.Subcommands.Add(HealthCommand.Create());
        root.Subcommands.Add(JobsCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        return root;
    }

    /// <summary>
    /// Parses and runs a command line. Output and errors go where <paramref name="configuration"/> says (the console
    /// when null), which is how tests run a command in-process.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, InvocationConfiguration? configuration = null, CancellationToken cancellationToken = default)
    {
        configuration ??= new InvocationConfiguration();
        var parseResult = Create().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // A value the command line rejects (--dataset huge, --users many) is a bad argument like an unknown target.
            foreach (var error in parseResult.Errors)
            {
                await configuration.Error.WriteLineAsync(error.Message);
            }

            return ExitCodes.BadArguments;
        }

        return await parseResult.InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>
    /// Builds the host for a command, or prints why it cannot (an unknown target, unusable configuration)
    /// and returns null; the command then exits with <see cref="ExitCodes.BadArguments"/>.
    /// </summary>
    public static async Task<(WebApplication App, IReadOnlyList<IModule> Modules)?> TryBuildHostAsync(ParseResult parseResult, bool serving = false)
    {
        try
        {
            return InkwellHost.Build(HostArguments(parseResult), serving);
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
