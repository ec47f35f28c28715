using Inkwell.Content.Articles;
using Inkwell.Content.Data;
using Inkwell.Platform.Seeding;

namespace Inkwell.Content.Seeding;

internal static class ArticleRows
{
    private static readonly BulkTable Table = new(
        "content_articles",
        ["Id", "Slug", "Title", "Description", "Body", "AuthorId", "CreatedAt", "UpdatedAt", "FavoritesCount", "TagList"],
        IdentityColumn: "Id");

    public static async Task WriteAsync(
        ContentDbContext db, SeedPlan plan, ArticleSkeleton articles, int[] chosenTags, string[] tagNames, ISeedProgress progress, CancellationToken cancellationToken)
    {
        var random = SeedRandom.For(plan, Table.Name);
        var text = new SeedText(random);
        await using var writer = await BulkWriter.OpenAsync(db, Table, articles.Count, progress, cancellationToken);
        for (var i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = ArticleSkeleton.Id(i);
            var title = text.Title();
            var created = articles.CreatedAt[i];
            // One article in ten was edited some days after it was written.
            var updated = random.Next(10) == 0 ? SeedRandom.Between(random, created, Min(created.AddDays(30), plan.Now)) : created;

            writer.StartRow();
            writer.Write(id);
            // The id suffix keeps slugs unique however often a title repeats, without looking anything up.
            writer.Write($"{Slugs.FromTitle(title)}-{id}");
            writer.Write(title);
            writer.Write(text.Description());
            writer.Write(text.Body());
            writer.Write(articles.UserIds[articles.Authors[i]]);
            writer.Write(created);
            writer.Write(updated);
            writer.Write(articles.FavoriteCounts[i]);
            writer.Write(TagList(chosenTags.AsSpan(i * SeedPlan.TagLimit, articles.TagCounts[i]), tagNames));
            writer.EndRow();
        }

        await writer.CompleteAsync(cancellationToken);
    }

    // As ArticleTagWriter keeps it: the names in display order (docs/decisions/0002).
    private static string[] TagList(ReadOnlySpan<int> chosen, string[] tagNames)
    {
        var names = new string[chosen.Length];
        for (var t = 0; t < chosen.Length; t++)
        {
            names[t] = tagNames[chosen[t]];
        }

        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
