using System.CommandLine;
using Inkwell.Identity.Contracts;
using Spectre.Console;

namespace Inkwell.Cli.Users;

/// <summary><c>inkwell users reset-password USERNAME</c>: a new password, and every sign-in with the old one ends.</summary>
internal static class ResetPasswordCommand
{
    public static Command Create()
    {
        var username = UsersCommand.UsernameArgument();
        var fromStdin = NewPassword.FromStdinOption();
        var reset = UsersCommand.Subcommand(
            "reset-password", "Set a new password (generated and printed once, or read with --password-stdin) and revoke the account's refresh tokens.");
        reset.Arguments.Add(username);
        reset.Options.Add(fromStdin);
        reset.SetAction(async (parseResult, cancellationToken) =>
        {
            var (password, generated) = await NewPassword.ChooseAsync(parseResult, fromStdin, cancellationToken);
            if (password is null)
            {
                return Terminal.For(parseResult).Fail(ExitCodes.BadArguments, "--password-stdin: standard input holds no password.");
            }

            return await CommandHost.RunWithAsync<IUserAdministration>(parseResult, "identity", async (accounts, terminal) =>
            {
                var name = parseResult.GetValue(username)!;
                var result = await accounts.ResetPasswordAsync(name, password, cancellationToken);
                if (result.Value is not { } account)
                {
                    return UserResults.Fail(terminal, result, name);
                }

                terminal.Out.WriteLine($"Set a new password for {account.Username} and revoked their refresh tokens.");
                if (generated)
                {
                    NewPassword.Show(terminal, password);
                }

                return ExitCodes.Ok;
            }, cancellationToken);
        });
        return reset;
    }
}
