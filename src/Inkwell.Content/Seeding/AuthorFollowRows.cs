using Inkwell.Content.Data;
using Inkwell.Platform.Seeding;

namespace Inkwell.Content.Seeding;

/// <summary>Content's copy of the seeded follow graph, which the feed reads.</summary>
internal static class AuthorFollowRows
{
    private static readonly BulkTable Table = new("content_follows", ["FollowerId", "FolloweeId"]);

    public static async Task WriteAsync(
        ContentDbContext db, IReadOnlyList<(long FollowerId, long FolloweeId)> follows, ISeedProgress progress, CancellationToken cancellationToken)
    {
        await using var writer = await BulkWriter.OpenAsync(db, Table, follows.Count, progress, cancellationToken);
        foreach (var (follower, followee) in follows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.StartRow();
            writer.Write(follower);
            writer.Write(followee);
            writer.EndRow();
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
