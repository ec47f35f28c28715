using Inkwell.Platform.Transfer;

namespace Inkwell.Identity.Contracts;

/// <summary>
/// A user as export writes and import reads it: the public profile, the email, the role and when the account was
/// created. Never a password or its hash. Fields are nullable because an imported row may lack any of them.
/// </summary>
public sealed record UserRecord(string? Username, string? Email, string? Bio, string? Image, string? Role, DateTime? CreatedAt)
{
    /// <summary>The values that must be unique across users, compared the way Identity compares them.</summary>
    public IEnumerable<(string Field, string Value)> UniqueKeys()
    {
        if (!string.IsNullOrWhiteSpace(Username))
        {
            yield return ("username", Usernames.Normalize(Username));
        }

        if (!string.IsNullOrWhiteSpace(Email))
        {
            yield return ("email", Usernames.Normalize(Email));
        }
    }
}

/// <summary>Users in and out of Identity in bulk: <c>inkwell export --what users</c> and <c>inkwell import</c>.</summary>
public interface IUserTransfer
{
    /// <summary>Every user, oldest first, read as a stream: nothing is held but the row being read.</summary>
    IAsyncEnumerable<UserRecord> ExportAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Checks every row with the rules of sign-up (a role, if given, must be one of <c>Roles.All</c>; username and email
    /// must be free and not repeated within the batch) and, in <see cref="ImportMode.Write"/>, creates every account in
    /// one transaction when none is refused. Imported accounts have no usable password: their owners reset it.
    /// </summary>
    Task<BatchOutcome> ImportAsync(IReadOnlyList<UserRecord> rows, ImportMode mode, CancellationToken cancellationToken);
}
