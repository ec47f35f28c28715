using Inkwell.Content.Data;
using Inkwell.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Authors;

/// <summary>Writes a profile into Content's copy unless the copy already holds a newer version of it.</summary>
internal static class AuthorCopy
{
    public static async Task UpsertAsync(
        ContentDbContext db, long userId, string username, string? bio, string? image, DateTime updatedAt, CancellationToken cancellationToken)
    {
        var author = await db.Authors.FindAsync([userId], cancellationToken);
        if (author is null)
        {
            db.Authors.Add(new AuthorProfile
            {
                Id = userId,
                Username = username,
                NormalizedUsername = Usernames.Normalize(username),
                Bio = bio,
                Image = image,
                ProfileUpdatedAt = updatedAt,
                // Triggers keep the count from here on; articles written before the copy existed are counted once.
                ArticlesCount = await db.Articles.CountAsync(a => a.AuthorId == userId, cancellationToken),
            });
            return;
        }

        if (updatedAt < author.ProfileUpdatedAt)
        {
            return;
        }

        author.Username = username;
        author.NormalizedUsername = Usernames.Normalize(username);
        author.Bio = bio;
        author.Image = image;
        author.ProfileUpdatedAt = updatedAt;
    }
}
