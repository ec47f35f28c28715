using System.Runtime.CompilerServices;
using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Users;

/// <summary>Every user, oldest first, streamed. The projection names its columns, so the password hash is never even read.</summary>
internal static class ExportUsers
{
    public static async IAsyncEnumerable<UserRecord> ExecuteAsync(IdentityDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var users = db.Users
            .AsNoTracking()
            .OrderBy(u => u.Id)
            .Select(u => new UserRecord(u.Username, u.Email, u.Bio, u.Image, u.Role, u.CreatedAt))
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken);
        await foreach (var user in users)
        {
            yield return user;
        }
    }
}
