using System.CommandLine;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Auth;
using Spectre.Console;

namespace Inkwell.Cli.Users;

/// <summary><c>inkwell users create USERNAME --email EMAIL [--role ROLE]</c>: an account, signed up as the API would.</summary>
internal static class CreateUserCommand
{
    public static Command Create()
    {
        var username = UsersCommand.UsernameArgument();
        var fromStdin = NewPassword.FromStdinOption();
        var email = new Option<string>("--email") { Description = "The account's email, which it signs in with.", Required = true };
        var role = new Option<string>("--role") { Description = "user (default), moderator or admin.", DefaultValueFactory = _ => Roles.User }
            .AcceptOnlyFromAmong([.. Roles.All]);
        var create = UsersCommand.Subcommand(
            "create", "Create an account with a generated password printed once (or one read with --password-stdin).");
        create.Arguments.Add(username);
        create.Options.Add(email);
        create.Options.Add(role);
        create.Options.Add(fromStdin);
        create.SetAction(async (parseResult, cancellationToken) =>
        {
            var (password, generated) = await NewPassword.ChooseAsync(parseResult, fromStdin, cancellationToken);
            if (password is null)
            {
                return Terminal.For(parseResult).Fail(ExitCodes.BadArguments, "--password-stdin: standard input holds no password.");
            }

            return await CommandHost.RunWithAsync<IAccounts, IUserAdministration>(parseResult, "identity", async (accounts, administration, terminal) =>
            {
                var name = parseResult.GetValue(username)!;
                var created = await accounts.RegisterAsync(new NewAccount(name, parseResult.GetValue(email), password), cancellationToken);
                if (created.Value is not { } account)
                {
                    return UserResults.Fail(terminal, created, name);
                }

                // The role is checked by the parser, so giving it cannot fail on the account just created.
                if (parseResult.GetValue(role) is { } given && given != account.Role)
                {
                    account = (await administration.SetRoleAsync(account.Username, given, cancellationToken)).Value!;
                }

                terminal.Out.WriteLine($"Created {account.Username} <{account.Email}> (id {account.UserId}, {account.Role}).");
                if (generated)
                {
                    NewPassword.Show(terminal, password);
                }

                return ExitCodes.Ok;
            }, cancellationToken);
        });
        return create;
    }
}
