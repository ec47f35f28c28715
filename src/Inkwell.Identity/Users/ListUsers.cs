using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Users;

/// <summary>A page of accounts for an operator, oldest first, optionally of one role.</summary>
internal static class ListUsers
{
    public sealed record AccountsResponse(IReadOnlyList<AccountListing> Accounts, int Total);

    /// <summary><c>GET /api/admin/identity/users?role=&amp;limit=&amp;offset=</c>, for moderators.</summary>
    public static async Task<Results<Ok<AccountsResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string? role, string? limit, string? offset, IUserAdministration accounts, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.Parse(limit, offset, errors);
        if (role is not null && !Roles.All.Contains(role))
        {
            errors.Add("role", $"must be one of {string.Join(", ", Roles.All)}");
        }

        if (errors.Any)
        {
            return ApiErrors.Invalid(errors);
        }

        var page = await accounts.ListAsync(paging, role, cancellationToken);
        return TypedResults.Ok(new AccountsResponse(page.Accounts, page.Total));
    }

    public static async Task<AccountPage> ExecuteAsync(Paging paging, string? role, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (role is not null)
        {
            users = users.Where(u => u.Role == role);
        }

        var total = await users.CountAsync(cancellationToken);
        var page = await users
            .OrderBy(u => u.Id)
            .Skip(paging.Offset)
            .Take(paging.Limit)
            .Select(u => new AccountListing(u.Id, u.Username, u.Email, u.Role, u.CreatedAt, u.LockedAt))
            .ToListAsync(cancellationToken);
        return new AccountPage(page, total);
    }
}
