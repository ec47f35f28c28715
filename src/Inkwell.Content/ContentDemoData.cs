using Inkwell.Content.Articles;
using Inkwell.Content.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Content;

/// <summary>A handful of articles by the demo writers, so a fresh install shows a living site.</summary>
internal static class ContentDemoData
{
    private sealed record DemoArticle(string Author, string Title, string Description, string[] Tags, string Body, string[] Comments);

    private static readonly DemoArticle[] Articles =
    [
        new("ada", "Welcome to Inkwell", "What this place is and how to find your way around.", ["inkwell", "welcome"],
            """
            # Welcome

            Inkwell is a place to **write**, read and talk about what you write.

            - Write in *Markdown*: headings, lists, `code`, links and quotes.
            - Follow writers you like; their new articles appear in **your feed**.
            - Favorite articles to find them again, and comment to join the conversation.

            > The best way to learn to write is to write.
            """,
            ["Glad to be here!", "The feed is exactly what I wanted."]),
        new("brendan", "Indexes you forget until production", "Three access paths every list page needs.", ["databases", "performance"],
            """
            ## The list page

            A list page filters, sorts and pages. Each of those needs an index that matches it:

            1. the filter column first,
            2. the sort column second,
            3. and a stable tie-breaker.

            ```sql
            CREATE INDEX ix_articles_author_created ON articles (author_id, created_at);
            ```

            Count queries deserve the same care as the page itself.
            """,
            ["Saved me a day last month.", "What about partial indexes?"]),
        new("chioma", "Focus states are not optional", "Keyboard users need to see where they are.", ["accessibility", "design"],
            """
            Remove the browser's focus ring and you remove the cursor for anyone on a keyboard.

            * Keep `:focus-visible` styles with **3:1** contrast against the background.
            * Never rely on colour alone.
            * Test with the keyboard before you ship.
            """,
            ["Bookmarking this for our next design review."]),
        new("ada", "Why small files win", "A codebase you can read in an afternoon.", ["programming", "craft"],
            """
            Small files make small diffs, and small diffs get real reviews.

            When a file does one thing, its name tells you what it does, and its tests tell you how.
            """,
            []),
        new("brendan", "Queues, retries and the dead-letter box", "Every message is either handled or somewhere you can see it.", ["architecture", "messaging"],
            """
            A message that fails is retried with backoff. A message that keeps failing goes to the **dead-letter queue**,
            where an operator can read it, fix the cause and replay it.

            Nothing disappears quietly.
            """,
            ["The outbox pattern deserves its own post."]),
        new("chioma", "Typography for long reads", "Line length, rhythm and contrast.", ["design", "typography"],
            """
            Aim for **60–75 characters** per line, a line height near 1.6, and real contrast between text and background.

            Headings should tell the story on their own.
            """,
            []),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ContentDbContext>();
        if (await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }

        // The demo writers reach Content's copy of authors as Identity's events, before this runs.
        var names = Articles.Select(a => a.Author).Distinct().ToList();
        var writers = await db.Authors.Where(a => names.Contains(a.NormalizedUsername)).ToDictionaryAsync(a => a.NormalizedUsername, a => a.Id, cancellationToken);

        var start = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(-Articles.Length);
        for (var i = 0; i < Articles.Length; i++)
        {
            var demo = Articles[i];
            if (!writers.TryGetValue(demo.Author, out var authorId))
            {
                continue;
            }

            var createdAt = start.AddDays(i);
            var article = new Article
            {
                Slug = await Slugs.UniqueAsync(db, demo.Title, exceptArticleId: null, cancellationToken),
                Title = demo.Title,
                Description = demo.Description,
                Body = demo.Body,
                AuthorId = authorId,
                CreatedAt = createdAt,
                UpdatedAt = createdAt,
            };
            await ArticleTagWriter.SetTagsAsync(db, article, [.. demo.Tags], cancellationToken);
            db.Articles.Add(article);
            await db.SaveChangesAsync(cancellationToken);

            var readers = writers.Values.Where(id => id != authorId).ToList();
            for (var c = 0; c < demo.Comments.Length; c++)
            {
                var at = createdAt.AddHours(c + 1);
                db.Comments.Add(new Comment
                {
                    ArticleId = article.Id, AuthorId = readers[c % readers.Count], Body = demo.Comments[c], CreatedAt = at, UpdatedAt = at,
                });
            }

            foreach (var reader in readers.Take(i % 3))
            {
                db.Favorites.Add(new Favorite { ArticleId = article.Id, UserId = reader, CreatedAt = createdAt });
                article.FavoritesCount++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
