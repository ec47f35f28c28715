using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Inkwell.Platform.Transfer;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Users;

/// <summary>
/// Creates accounts from imported rows, a batch at a time: every row is checked as sign-up checks it, and the
/// batch is written in one transaction (with its UserRegistered events, through the outbox) only if none is refused.
/// </summary>
internal static class ImportUsers
{
    public static async Task<BatchOutcome> ExecuteAsync(
        IReadOnlyList<UserRecord> rows, ImportMode mode, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = rows.Select(Validate).ToList();
        await CheckUniqueAsync(rows, errors, db, cancellationToken);
        if (mode == ImportMode.Check || errors.Any(e => e.Any))
        {
            return BatchOutcome.Refused(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Users.AddRange(rows.Select(row => ToUser(row, now)));

        // One save is one transaction: the users and the outbox rows of their events commit together or not at all.
        await db.SaveChangesAsync(cancellationToken);
        return BatchOutcome.WrittenWhole;
    }

    private static ValidationErrors Validate(UserRecord row)
    {
        var errors = new ValidationErrors();
        UserRules.CheckUsername(errors, row.Username);
        UserRules.CheckEmail(errors, row.Email);
        errors.MaxLength("bio", row.Bio, UserRules.BioMaxLength);
        UserRules.CheckImage(errors, row.Image);
        if (!string.IsNullOrWhiteSpace(row.Role) && !Roles.All.Contains(row.Role.Trim()))
        {
            errors.Add("role", $"must be one of {string.Join(", ", Roles.All)}");
        }

        return errors;
    }

    /// <summary>Usernames and emails already taken, or repeated within the batch, in two lookups for the whole batch.</summary>
    private static async Task CheckUniqueAsync(
        IReadOnlyList<UserRecord> rows, List<ValidationErrors> errors, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var usernames = rows.Select(r => Normalized(r.Username)).OfType<string>().Distinct().ToList();
        var emails = rows.Select(r => Normalized(r.Email)).OfType<string>().Distinct().ToList();
        var takenUsernames = (await db.Users.Where(u => usernames.Contains(u.NormalizedUsername)).Select(u => u.NormalizedUsername)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var takenEmails = (await db.Users.Where(u => emails.Contains(u.NormalizedEmail)).Select(u => u.NormalizedEmail)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var seenUsernames = new HashSet<string>(StringComparer.Ordinal);
        var seenEmails = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            Check(errors[i], "username", Normalized(rows[i].Username), takenUsernames, seenUsernames);
            Check(errors[i], "email", Normalized(rows[i].Email), takenEmails, seenEmails);
        }
    }

    private static void Check(ValidationErrors errors, string field, string? value, HashSet<string> taken, HashSet<string> seen)
    {
        if (value is null)
        {
            return;
        }

        if (taken.Contains(value))
        {
            errors.Add(field, "has already been taken");
        }
        else if (!seen.Add(value))
        {
            errors.Add(field, "is repeated within the batch");
        }
    }

    private static string? Normalized(string? value) => string.IsNullOrWhiteSpace(value) ? null : User.Normalize(value);

    private static User ToUser(UserRecord row, DateTime now)
    {
        var created = row.CreatedAt ?? now;
        return new User
        {
            Username = row.Username!.Trim(),
            NormalizedUsername = User.Normalize(row.Username),
            Email = row.Email!.Trim(),
            NormalizedEmail = User.Normalize(row.Email),
            PasswordHash = UnusablePassword.Hash,
            Bio = UserRules.EmptyToNull(row.Bio),
            Image = UserRules.EmptyToNull(row.Image),
            Role = string.IsNullOrWhiteSpace(row.Role) ? Roles.User : row.Role.Trim(),
            CreatedAt = created,
            UpdatedAt = now,
        };
    }
}
