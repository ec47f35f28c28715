using Inkwell.Content.Data;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Seeding;

namespace Inkwell.Content.Seeding;

/// <summary>Content's copy of the seeded profiles, with each author's article count, as Identity's events would have left it.</summary>
internal static class AuthorRows
{
    private static readonly BulkTable Table = new(
        "content_authors", ["Id", "Username", "NormalizedUsername", "Bio", "Image", "ProfileUpdatedAt", "ArticlesCount"]);

    public static async Task WriteAsync(
        ContentDbContext db, IReadOnlyList<SeededProfile> profiles, ArticleSkeleton articles, ISeedProgress progress, CancellationToken cancellationToken)
    {
        var counts = new int[articles.UserIds.Length];
        foreach (var author in articles.Authors)
        {
            counts[author]++;
        }

        var countById = articles.UserIds.Select((id, index) => (id, index)).ToDictionary(x => x.id, x => counts[x.index]);
        await using var writer = await BulkWriter.OpenAsync(db, Table, profiles.Count, progress, cancellationToken);
        foreach (var profile in profiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.StartRow();
            writer.Write(profile.UserId);
            writer.Write(profile.Username);
            writer.Write(Usernames.Normalize(profile.Username));
            writer.Write(profile.Bio);
            writer.Write(profile.Image);
            writer.Write(profile.UpdatedAt);
            writer.Write(countById.GetValueOrDefault(profile.UserId));
            writer.EndRow();
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
