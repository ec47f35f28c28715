using System.CommandLine;
using Inkwell.Platform;
using Inkwell.Platform.Modules;

namespace Inkwell.Cli;

/// <summary>
/// Runs an operator's command against the configured engines: builds the host for the target (without serving),
/// brings the modules' tables up to date unless <c>Database:MigrateOnStart</c> is off (as serving does), and turns
/// what goes wrong into an exit code and one message on the error output instead of a stack trace.
/// </summary>
internal static class CommandHost
{
    /// <summary>
    /// Logs go to standard error, so that a command's output (an export to standard output) stays data only; and a
    /// command serves no request, so what ASP.NET Core says about serving (a missing wwwroot) is left out. An operator
    /// reads them, so they are plain lines, not the JSON a server writes in production.
    /// </summary>
    private static readonly string[] CommandLogging =
        ["--Logging:Console:LogToStandardErrorThreshold=Trace", "--Logging:LogLevel:Microsoft.AspNetCore=Error", "--Logging:Console:FormatterName=simple"];

    /// <summary>Runs <paramref name="command"/> with one module's contract, resolved in a scope of its own.</summary>
    public static Task<int> RunWithAsync<TContract>(
        ParseResult parseResult, string module, Func<TContract, Terminal, Task<int>> command, CancellationToken cancellationToken)
        where TContract : class
    {
        var terminal = Terminal.For(parseResult);
        return RunAsync(parseResult, terminal, async context =>
        {
            await using var scope = context.Services.CreateAsyncScope();
            return context.Require<TContract>(scope.ServiceProvider, module) is { } contract
                ? await command(contract, terminal)
                : ExitCodes.BadArguments;
        }, cancellationToken);
    }

    /// <summary>As above, for a command that needs two of the module's contracts.</summary>
    public static Task<int> RunWithAsync<TFirst, TSecond>(
        ParseResult parseResult, string module, Func<TFirst, TSecond, Terminal, Task<int>> command, CancellationToken cancellationToken)
        where TFirst : class
        where TSecond : class
    {
        var terminal = Terminal.For(parseResult);
        return RunAsync(parseResult, terminal, async context =>
        {
            await using var scope = context.Services.CreateAsyncScope();
            return context.Require<TFirst>(scope.ServiceProvider, module) is { } first
                && context.Require<TSecond>(scope.ServiceProvider, module) is { } second
                ? await command(first, second, terminal)
                : ExitCodes.BadArguments;
        }, cancellationToken);
    }

    public static async Task<int> RunAsync(
        ParseResult parseResult, Terminal terminal, Func<CommandContext, Task<int>> command, CancellationToken cancellationToken, bool migrate = true)
    {
        WebApplication app;
        IReadOnlyList<IModule> modules;
        try
        {
            (app, modules) = InkwellHost.Build([.. CommandLogging, .. InkwellCli.HostArguments(parseResult)], serving: false);
        }
        catch (Exception error) when (error is InvalidTargetException or ConfigurationException)
        {
            return terminal.Fail(ExitCodes.BadArguments, error.Message);
        }

        await using (app)
        {
            try
            {
                if (migrate && app.Configuration.GetValue(ModuleStartup.MigrateOnStartKey, defaultValue: true))
                {
                    foreach (var module in modules.Where(m => m is not IStandaloneModule))
                    {
                        await using var migration = app.Services.CreateAsyncScope();
                        await module.MigrateAsync(migration.ServiceProvider, cancellationToken);
                    }
                }

                return await command(new CommandContext(app, modules, terminal, parseResult.GetValue(InkwellCli.Target) ?? "all"));
            }
            catch (ConfigurationException error)
            {
                return terminal.Fail(ExitCodes.BadArguments, error.Message);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return terminal.Fail(ExitCodes.Failed, "Cancelled.");
            }
            catch (Exception error) when (IsEnvironmental(error))
            {
                return terminal.Fail(ExitCodes.Failed, $"Failed: {error.GetBaseException().Message}");
            }
            catch (Exception error)
            {
                // Not the database, a file or the network: a fault of the command itself, whose trace is worth having.
                return terminal.Fail(ExitCodes.Failed, $"Failed: {error}");
            }
        }
    }

    /// <summary>What an operator can act on from its message alone: the engine or a file refused or was unreachable.</summary>
    private static bool IsEnvironmental(Exception error) => error.GetBaseException() switch
    {
        System.Data.Common.DbException or IOException or UnauthorizedAccessException or System.Net.Sockets.SocketException or TimeoutException => true,
        _ => error is Microsoft.EntityFrameworkCore.DbUpdateException,
    };
}
