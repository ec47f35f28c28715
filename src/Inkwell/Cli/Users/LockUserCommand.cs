using System.CommandLine;
using Inkwell.Identity.Contracts;
using Spectre.Console;

namespace Inkwell.Cli.Users;

/// <summary><c>inkwell users lock USERNAME</c>: the account can no longer sign in, and its sign-ins end.</summary>
internal static class LockUserCommand
{
    public static Command Create()
    {
        var username = UsersCommand.UsernameArgument();
        var lockUser = UsersCommand.Subcommand(
            "lock", "Lock an account: it cannot sign in or refresh its tokens, and its refresh tokens are revoked.");
        lockUser.Arguments.Add(username);
        lockUser.SetAction((parseResult, cancellationToken) => CommandHost.RunWithAsync<IUserAdministration>(parseResult, "identity", async (accounts, terminal) =>
        {
            var name = parseResult.GetValue(username)!;
            var result = await accounts.LockAsync(name, cancellationToken);
            if (result.Value is not { } account)
            {
                return UserResults.Fail(terminal, result, name);
            }

            terminal.Out.WriteLine(
                $"Locked {account.Username}: they cannot sign in, and their refresh tokens are revoked. An access token they "
                + "already hold works until it expires (Auth:TokenLifetime), except on their own account (/api/user).");
            return ExitCodes.Ok;
        }, cancellationToken));
        return lockUser;
    }
}
