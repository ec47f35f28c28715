using Inkwell.Platform.Api;

namespace Inkwell.Identity.Contracts;

/// <summary>An account as an operator sees it in a list.</summary>
public sealed record AccountListing(long UserId, string Username, string Email, string Role, DateTime CreatedAt, DateTime? LockedAt);

/// <summary>One page of accounts and how many there are in all (with the same filter).</summary>
public sealed record AccountPage(IReadOnlyList<AccountListing> Accounts, int Total);

/// <summary>
/// What an operator does to accounts: the <c>inkwell users</c> commands, and the back office through the admin API
/// (<c>/api/admin/identity/users</c>: moderators list, lock and unlock; admins also set roles and passwords). An unknown
/// username is <see cref="FailureKind.NotFound"/>.
/// </summary>
public interface IUserAdministration
{
    /// <summary>Gives the user one of <c>Roles.All</c>; an unknown role is <see cref="FailureKind.Invalid"/>.</summary>
    Task<Result<Account>> SetRoleAsync(string username, string role, CancellationToken cancellationToken);

    /// <summary>Oldest first; <paramref name="role"/> null lists every role.</summary>
    Task<AccountPage> ListAsync(Paging paging, string? role, CancellationToken cancellationToken);

    /// <summary>
    /// A locked account cannot sign in, exchange a refresh token or use its account endpoints, and its sign-ins
    /// (refresh tokens) are revoked. Locking twice is locking once.
    /// </summary>
    Task<Result<AccountListing>> LockAsync(string username, CancellationToken cancellationToken);

    Task<Result<AccountListing>> UnlockAsync(string username, CancellationToken cancellationToken);

    /// <summary>Sets a new password, checked like any other, and revokes the account's sign-ins.</summary>
    Task<Result<AccountListing>> ResetPasswordAsync(string username, string? password, CancellationToken cancellationToken);
}
