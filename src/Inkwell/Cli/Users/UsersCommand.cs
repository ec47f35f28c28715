using System.CommandLine;

namespace Inkwell.Cli.Users;

/// <summary><c>inkwell users</c>: an operator's account administration, through Identity's contract.</summary>
internal static class UsersCommand
{
    public static Command Create() => new("users", "List, create and administer user accounts.")
    {
        ListUsersCommand.Create(),
        CreateUserCommand.Create(),
        SetRoleCommand.Create(),
        LockUserCommand.Create(),
        UnlockUserCommand.Create(),
        ResetPasswordCommand.Create(),
    };

    /// <summary>A command that passes the settings it does not know (<c>--Database:Provider=…</c>) on to configuration.</summary>
    public static Command Subcommand(string name, string description) => new(name, description) { TreatUnmatchedTokensAsErrors = false };

    public static Argument<string> UsernameArgument() => new("username") { Description = "The account's username (any case)." };
}
