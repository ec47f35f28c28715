using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Identity.Profiles;
using Inkwell.Identity.Tokens;
using Inkwell.Identity.Users;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Identity;

namespace Inkwell.Identity;

/// <summary>Identity's public contract; each call is one use case, the same one the API runs.</summary>
internal sealed class IdentityService(IdentityDbContext db, IPasswordHasher<User> hasher, TimeProvider clock)
    : IAccounts, IProfiles, ISessionMaintenance
{
    public Task<Result<Account>> RegisterAsync(NewAccount account, CancellationToken cancellationToken) =>
        RegisterUser.ExecuteAsync(account, db, hasher, clock, cancellationToken);

    public Task<Result<Account>> SignInAsync(string? email, string? password, CancellationToken cancellationToken) =>
        LoginUser.ExecuteAsync(email, password, db, hasher, cancellationToken);

    public Task<Result<Account>> GetAsync(long userId, CancellationToken cancellationToken) =>
        GetCurrentUser.ExecuteAsync(userId, db, cancellationToken);

    public Task<Result<Account>> UpdateAsync(long userId, AccountChanges changes, CancellationToken cancellationToken) =>
        UpdateCurrentUser.ExecuteAsync(userId, changes, db, hasher, clock, cancellationToken);


    public Task<Result<UserProfile>> GetAsync(string username, long? viewerId, CancellationToken cancellationToken) =>
        GetProfile.ExecuteAsync(username, viewerId, db, cancellationToken);

    public Task<Result<UserProfile>> FollowAsync(long followerId, string username, CancellationToken cancellationToken) =>
        FollowUser.ExecuteAsync(followerId, username, db, clock, cancellationToken);

    public Task<Result<UserProfile>> UnfollowAsync(long followerId, string username, CancellationToken cancellationToken) =>
        UnfollowUser.ExecuteAsync(followerId, username, db, cancellationToken);

    public Task<int> PurgeRefreshTokensAsync(CancellationToken cancellationToken) =>
        PurgeRefreshTokens.ExecuteAsync(db, clock, cancellationToken);
}
