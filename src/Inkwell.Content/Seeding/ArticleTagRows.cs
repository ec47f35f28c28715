using Inkwell.Content.Data;
using Inkwell.Platform.Seeding;

namespace Inkwell.Content.Seeding;

/// <summary>Each article's tags, in the order its author listed them, drawn with a few tags far more popular than the rest.</summary>
internal static class ArticleTagRows
{
    private static readonly BulkTable Table = new("content_article_tags", ["ArticleId", "TagId", "Position"]);

    public static async Task WriteAsync(
        ContentDbContext db, SeedPlan plan, ArticleSkeleton articles, long[] tagIds, ISeedProgress progress, CancellationToken cancellationToken)
    {
        var random = SeedRandom.For(plan, Table.Name);
        var popularity = WeightedPicker.Zipf(tagIds.Length, 0.9);
        var chosen = new List<int>(SeedPlan.TagLimit);

        await using var writer = await BulkWriter.OpenAsync(db, Table, articles.TagRows, progress, cancellationToken);
        for (var i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            chosen.Clear();
            while (chosen.Count < articles.TagCounts[i])
            {
                var tag = popularity.Pick(random);
                if (!chosen.Contains(tag))
                {
                    chosen.Add(tag);
                }
            }

            for (var position = 0; position < chosen.Count; position++)
            {
                writer.StartRow();
                writer.Write(ArticleSkeleton.Id(i));
                writer.Write(tagIds[chosen[position]]);
                writer.Write(position);
                writer.EndRow();
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
