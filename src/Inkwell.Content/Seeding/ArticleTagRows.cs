using Inkwell.Content.Data;
using Inkwell.Platform.Seeding;

namespace Inkwell.Content.Seeding;

/// <summary>Each article's tags, in the order its author listed them, drawn with a few tags far more popular than the rest.</summary>
internal static class ArticleTagRows
{
    private static readonly BulkTable Table = new("content_article_tags", ["ArticleId", "TagId", "Position", "ArticleCreatedAt"]);

    /// <summary>
    /// Indexes into the plan's tags for every article, <see cref="SeedPlan.TagLimit"/> slots per article (the article's
    /// tag count says how many are used), chosen before any row is written because articles carry their tag names too.
    /// </summary>
    public static int[] Choose(SeedPlan plan, ArticleSkeleton articles, int tagCount)
    {
        var random = SeedRandom.For(plan, Table.Name);
        var popularity = WeightedPicker.Zipf(tagCount, 0.9);
        var chosen = new int[articles.Count * SeedPlan.TagLimit];
        for (var i = 0; i < articles.Count; i++)
        {
            var slots = chosen.AsSpan(i * SeedPlan.TagLimit, articles.TagCounts[i]);
            for (var filled = 0; filled < slots.Length;)
            {
                var tag = popularity.Pick(random);
                if (!slots[..filled].Contains(tag))
                {
                    slots[filled++] = tag;
                }
            }
        }

        return chosen;
    }

    public static async Task WriteAsync(
        ContentDbContext db, ArticleSkeleton articles, int[] chosen, long[] tagIds, ISeedProgress progress, CancellationToken cancellationToken)
    {
        await using var writer = await BulkWriter.OpenAsync(db, Table, articles.TagRows, progress, cancellationToken);
        for (var i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var position = 0; position < articles.TagCounts[i]; position++)
            {
                writer.StartRow();
                writer.Write(ArticleSkeleton.Id(i));
                writer.Write(tagIds[chosen[(i * SeedPlan.TagLimit) + position]]);
                writer.Write(position);
                writer.Write(articles.CreatedAt[i]);
                writer.EndRow();
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
