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
    public static Command Create()
    {
        var role = new Option<string?>("--role") { Description = "Only accounts with this role." }.AcceptOnlyFromAmong([.. Roles.All]);
        var limit = new Option<int>("--limit") { Description = "Accounts per page (1-1000).", DefaultValueFactory = _ => 50 };
        var offset = new Option<int>("--offset") { Description = "Accounts to skip.", DefaultValueFactory = _ => 0 };
        var list = UsersCommand.Subcommand("list", "List accounts, oldest first, a page at a time.");
        list.Options.Add(role);
        list.Options.Add(limit);
        list.Options.Add(offset);
        list.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult, parseResult.GetValue(role), parseResult.GetValue(limit), parseResult.GetValue(offset), cancellationToken));
        return list;
    }

    private static Task<int> RunAsync(ParseResult parseResult, string? role, int limit, int offset, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 1000 || offset < 0)
        {
            return Task.FromResult(Terminal.For(parseResult).Fail(ExitCodes.BadArguments, "--limit must be 1 to 1000 and --offset at least 0."));
        }

        return CommandHost.RunWithAsync<IUserAdministration>(parseResult, "identity", async (accounts, terminal) =>
        {
            var page = await accounts.ListAsync(new Paging(limit, offset), role, cancellationToken);
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
