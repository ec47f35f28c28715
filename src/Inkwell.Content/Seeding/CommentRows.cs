using Inkwell.Content.Data;
using Inkwell.Platform.Seeding;

namespace Inkwell.Content.Seeding;

/// <summary>Comments by random readers, each article's in the order they were written.</summary>
internal static class CommentRows
{
    private static readonly BulkTable Table = new(
        "content_comments", ["Id", "ArticleId", "AuthorId", "Body", "CreatedAt", "UpdatedAt"], IdentityColumn: "Id");

    public static async Task WriteAsync(
        ContentDbContext db, SeedPlan plan, ArticleSkeleton articles, ISeedProgress progress, CancellationToken cancellationToken)
    {
        var random = SeedRandom.For(plan, Table.Name);
        var text = new SeedText(random);
        var times = new List<DateTime>();
        long id = 0;

        await using var writer = await BulkWriter.OpenAsync(db, Table, plan.Comments, progress, cancellationToken);
        for (var i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            times.Clear();
            for (var c = 0; c < articles.CommentCounts[i]; c++)
            {
                times.Add(SeedRandom.Between(random, articles.CreatedAt[i], plan.Now));
            }

            times.Sort();
            foreach (var at in times)
            {
                writer.StartRow();
                writer.Write(++id);
                writer.Write(ArticleSkeleton.Id(i));
                writer.Write(articles.UserIds[random.Next(articles.UserIds.Length)]);
                writer.Write(text.Comment());
                writer.Write(at);
                writer.Write(at);
                writer.EndRow();
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
