using System.CommandLine;
using System.Security.Cryptography;
using Spectre.Console;

namespace Inkwell.Cli.Users;

/// <summary>
/// A password an operator sets for someone: read from standard input (never from the command line, where shell history
/// and the process list would keep it), or generated and printed once.
/// </summary>
internal static class NewPassword
{
    public static Option<bool> FromStdinOption() => new("--password-stdin")
    {
        Description = "Read the password from the first line of standard input instead of generating one.",
    };

    /// <summary>The password to set, whether it was generated (and must be shown), or null when standard input held none.</summary>
    public static async Task<(string? Password, bool Generated)> ChooseAsync(
        ParseResult parseResult, Option<bool> fromStdin, CancellationToken cancellationToken)
    {
        if (!parseResult.GetValue(fromStdin))
        {
            return (Generate(), true);
        }

        var line = await Console.In.ReadLineAsync(cancellationToken);
        return (string.IsNullOrEmpty(line) ? null : line, false);
    }

    /// <summary>144 random bits as 24 URL-safe characters: long enough for any policy, easy to paste.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    public static void Show(Terminal terminal, string password) =>
        terminal.Out.WriteLine($"Password (shown once, give it to its owner): {password}");
}
