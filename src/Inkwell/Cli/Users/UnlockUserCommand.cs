using System.CommandLine;
using Inkwell.Identity.Contracts;
using Spectre.Console;

namespace Inkwell.Cli.Users;

/// <summary><c>inkwell users unlock USERNAME</c>: the account may sign in again.</summary>
internal static class UnlockUserCommand
{
    public static Command Create()
    {
        var username = UsersCommand.UsernameArgument();
        var unlock = UsersCommand.Subcommand("unlock", "Unlock an account: it may sign in again.");
        unlock.Arguments.Add(username);
        unlock.SetAction((parseResult, cancellationToken) => CommandHost.RunWithAsync<IUserAdministration>(parseResult, "identity", async (accounts, terminal) =>
        {
            var name = parseResult.GetValue(username)!;
            var result = await accounts.UnlockAsync(name, cancellationToken);
            if (result.Value is not { } account)
            {
                return UserResults.Fail(terminal, result, name);
            }

            terminal.Out.WriteLine($"Unlocked {account.Username}: they may sign in again.");
            return ExitCodes.Ok;
        }, cancellationToken));
        return unlock;
    }
}
