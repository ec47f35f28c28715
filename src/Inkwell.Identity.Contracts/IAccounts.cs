using Inkwell.Platform.Api;

namespace Inkwell.Identity.Contracts;

/// <summary>A user's own account, as they see it in their settings, and their role (one of <c>Roles.All</c>).</summary>
public sealed record Account(long UserId, string Username, string Email, string? Bio, string? Image, string Role);

public sealed record NewAccount(string? Username, string? Email, string? Password);

/// <summary>Absent (null) fields stay as they are; an empty bio or image clears it.</summary>
public sealed record AccountChanges(string? Email = null, string? Username = null, string? Password = null, string? Bio = null, string? Image = null);

/// <summary>Sign-up, sign-in and settings: what the API and the website both do with accounts.</summary>
public interface IAccounts
{
    Task<Result<Account>> RegisterAsync(NewAccount account, CancellationToken cancellationToken);

    /// <summary>Checks credentials; a wrong email or password is <see cref="FailureKind.Unauthorized"/>, alike.</summary>
    Task<Result<Account>> SignInAsync(string? email, string? password, CancellationToken cancellationToken);

    /// <summary>The account of a signed-in user; <see cref="FailureKind.Unauthorized"/> if it no longer exists.</summary>
    Task<Result<Account>> GetAsync(long userId, CancellationToken cancellationToken);

    Task<Result<Account>> UpdateAsync(long userId, AccountChanges changes, CancellationToken cancellationToken);
}
