using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Users;

/// <summary>
/// Gives a user one of <see cref="Roles.All"/>. An operator's action (<c>inkwell users set-role</c>) or an admin's (the
/// admin API): nobody grants themselves a role they do not have. Tokens already issued keep the old role until they expire.
/// </summary>
internal static class SetUserRole
{
    public sealed record RoleRequest(RoleBody? User);

    public sealed record RoleBody(string? Role);

    public sealed record RoleResponse(Account User);

    /// <summary><c>PUT /api/admin/identity/users/{username}/role</c> with <c>{"user":{"role":"moderator"}}</c>, for admins.</summary>
    public static async Task<Results<Ok<RoleResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string username, RoleRequest request, IUserAdministration accounts, CancellationToken cancellationToken)
    {
        if (request.User is null)
        {
            return ApiErrors.MissingEnvelope("user");
        }

        var result = await accounts.SetRoleAsync(username, request.User.Role ?? "", cancellationToken);
        return result.Value is { } account ? TypedResults.Ok(new RoleResponse(account)) : ApiErrors.From(result);
    }

    public static async Task<Result<Account>> ExecuteAsync(
        string username, string role, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(role))
        {
            return Result<Account>.Invalid("role", $"must be one of {string.Join(", ", Roles.All)}");
        }

        var normalized = User.Normalize(username);
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUsername == normalized, cancellationToken);
        if (user is null)
        {
            return Result<Account>.NotFound("user");
        }

        user.Role = role;
        user.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Result<Account>.Ok(user.ToAccount());
    }
}
