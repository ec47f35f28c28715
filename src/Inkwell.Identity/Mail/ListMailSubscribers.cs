using System.Globalization;
using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Mail;

/// <summary>
/// Users who want e-mail, in id order, one page after another (keyset paging: each page is an index range, however far in).
/// Over HTTP, <c>GET /api/users/mail-subscribers?after=N&amp;count=M</c>, for a service token only (docs/decisions/0018).
/// </summary>
internal static class ListMailSubscribers
{
    public const int MaxCount = 1000;

    internal sealed record Response(IReadOnlyList<MailRecipient> Recipients);

    public static async Task<Results<Ok<Response>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string? after, string? count, IMailPreferences mail, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var afterUserId = 0L;
        if (after is not null && (!long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out afterUserId)))
        {
            errors.Add("after", "must be a whole number of at least 0");
        }

        if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var pageSize) || pageSize is < 1 or > MaxCount)
        {
            errors.Add("count", $"must be a whole number from 1 to {MaxCount}");
        }

        if (errors.Any)
        {
            return ApiErrors.Invalid(errors);
        }

        return TypedResults.Ok(new Response(await mail.ListSubscribedAsync(afterUserId, pageSize, cancellationToken)));
    }

    public static async Task<IReadOnlyList<MailRecipient>> ExecuteAsync(long afterUserId, int count, IdentityDbContext db, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Id > afterUserId && u.EmailNotifications)
            .OrderBy(u => u.Id)
            .Take(count)
            .Select(u => new MailRecipient(u.Id, u.Username, u.Email, u.EmailNotifications))
            .ToListAsync(cancellationToken);
}
