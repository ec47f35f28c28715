using System.CommandLine;
using System.Globalization;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Spectre.Console;

namespace Inkwell.Cli.Users;

/// <summary><c>inkwell users list</c>: a page of accounts, oldest first, with their role and whether they are locked.</summary>
internal static class ListUsersCommand
{
    private static readonly Option<string?> Role = new Option<string?>("--role") { Description = "Only accounts with this role." }
        .AcceptOnlyFromAmong([.. Roles.All]);

    private static readonly Option<int> Limit = new("--limit") { Description = "Accounts per page (1-1000).", DefaultValueFactory = _ => 50 };

    private static readonly Option<int> Offset = new("--offset") { Description = "Accounts to skip.", DefaultValueFactory = _ => 0 };

    public static Command Create()
    {
        var list = UsersCommand.Subcommand("list", "List accounts, oldest first, a page at a time.");
        list.Options.Add(Role);
        list.Options.Add(Limit);
        list.Options.Add(Offset);
        list.SetAction(RunAsync);
        return list;
    }

    private static Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var (limit, offset) = (parseResult.GetValue(Limit), parseResult.GetValue(Offset));
        if (limit is < 1 or > 1000 || offset < 0)
        {
            return Task.FromResult(Terminal.For(parseResult).Fail(ExitCodes.BadArguments, "--limit must be 1 to 1000 and --offset at least 0."));
        }

        return CommandHost.RunWithAsync<IUserAdministration>(parseResult, "identity", async (accounts, terminal) =>
        {
            var page = await accounts.ListAsync(new Paging(limit, offset), parseResult.GetValue(Role), cancellationToken);
            var table = new Table().AddColumns("id", "username", "email", "role", "created", "locked");
            foreach (var account in page.Accounts)
            {
                table.AddRow(
                    Markup.Escape(account.UserId.ToString(CultureInfo.InvariantCulture)),
                    Markup.Escape(account.Username),
                    Markup.Escape(account.Email),
                    account.Role,
                    account.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    account.LockedAt is { } locked ? $"since {locked.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}" : "");
            }

            terminal.Out.Write(table);
            var shown = page.Accounts.Count == 0 ? "none" : $"{offset + 1:N0}-{offset + page.Accounts.Count:N0}";
            terminal.Out.WriteLine($"Accounts {shown} of {page.Total:N0}.");
            return ExitCodes.Ok;
        }, cancellationToken);
    }
}
