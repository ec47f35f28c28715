using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Identity.Users;
using Inkwell.Platform.Api;
using Inkwell.Platform.Transfer;
using Microsoft.AspNetCore.Identity;

namespace Inkwell.Identity;

/// <summary>Identity's contract for operators: account administration and bulk transfer. Each call is one use case.</summary>
internal sealed class IdentityOperations(IdentityDbContext db, IPasswordHasher<User> hasher, TimeProvider clock) : IUserAdministration, IUserTransfer
{
    public Task<Result<Account>> SetRoleAsync(string username, string role, CancellationToken cancellationToken) =>
        SetUserRole.ExecuteAsync(username, role, db, clock, cancellationToken);

    public Task<AccountPage> ListAsync(Paging paging, string? role, CancellationToken cancellationToken) =>
        ListUsers.ExecuteAsync(paging, role, db, cancellationToken);

    public Task<Result<AccountListing>> LockAsync(string username, CancellationToken cancellationToken) =>
        LockUser.ExecuteAsync(username, db, clock, cancellationToken);

    public Task<Result<AccountListing>> UnlockAsync(string username, CancellationToken cancellationToken) =>
        UnlockUser.ExecuteAsync(username, db, cancellationToken);

    public Task<Result<AccountListing>> ResetPasswordAsync(string username, string? password, CancellationToken cancellationToken) =>
        ResetPassword.ExecuteAsync(username, password, db, hasher, clock, cancellationToken);

    public IAsyncEnumerable<UserRecord> ExportAsync(CancellationToken cancellationToken) => ExportUsers.ExecuteAsync(db, cancellationToken);

    public Task<BatchOutcome> ImportAsync(IReadOnlyList<UserRecord> rows, ImportMode mode, CancellationToken cancellationToken) =>
        ImportUsers.ExecuteAsync(rows, mode, db, clock, cancellationToken);
}
