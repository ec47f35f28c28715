using System.CommandLine;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Auth;
using Spectre.Console;

namespace Inkwell.Cli.Users;

/// <summary><c>inkwell users set-role USERNAME ROLE</c>: the role tokens issued from now on carry.</summary>
internal static class SetRoleCommand
{
    public static Command Create()
    {
        var username = UsersCommand.UsernameArgument();
        var role = new Argument<string>("role") { Description = $"One of {string.Join(", ", Roles.All)}." }.AcceptOnlyFromAmong([.. Roles.All]);
        var setRole = UsersCommand.Subcommand("set-role", "Give an account a role: user, moderator or admin.");
        setRole.Arguments.Add(username);
        setRole.Arguments.Add(role);
        setRole.SetAction((parseResult, cancellationToken) => CommandHost.RunWithAsync<IUserAdministration>(parseResult, "identity", async (administration, terminal) =>
        {
            var name = parseResult.GetValue(username)!;
            var result = await administration.SetRoleAsync(name, parseResult.GetValue(role)!, cancellationToken);
            if (result.Value is not { } account)
            {
                return UserResults.Fail(terminal, result, name);
            }

            terminal.Out.WriteLine(
                $"{account.Username} is now {account.Role}. Tokens issued from now on carry the role; tokens already issued keep "
                + "the old one until they expire.");
            return ExitCodes.Ok;
        }, cancellationToken));
        return setRole;
    }
}
