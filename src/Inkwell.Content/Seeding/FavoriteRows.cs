using Inkwell.Content.Data;
using Inkwell.Platform.Seeding;

namespace Inkwell.Content.Seeding;

/// <summary>
/// Exactly as many favorites per article as its FavoritesCount says, each by a different user, made
/// between the article's creation and the plan's end.
/// </summary>
internal static class FavoriteRows
{
    private static readonly BulkTable Table = new("content_favorites", ["ArticleId", "UserId", "CreatedAt"]);

    public static async Task WriteAsync(
        ContentDbContext db, SeedPlan plan, ArticleSkeleton articles, ISeedProgress progress, CancellationToken cancellationToken)
    {
        var random = SeedRandom.For(plan, Table.Name);
        var users = new DistinctSampler(articles.UserIds.Length);

        await using var writer = await BulkWriter.OpenAsync(db, Table, plan.Favorites, progress, cancellationToken);
        for (var i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = ArticleSkeleton.Id(i);
            foreach (var user in users.Sample(random, articles.FavoriteCounts[i]))
            {
                writer.StartRow();
                writer.Write(id);
                writer.Write(articles.UserIds[user]);
                writer.Write(SeedRandom.Between(random, articles.CreatedAt[i], plan.Now));
                writer.EndRow();
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
