using Inkwell.Content.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class ArticleTagWriter
{
    /// <summary>Replaces the article's tags with <paramref name="names"/>, creating tags seen for the first time.</summary>
    public static async Task SetTagsAsync(ContentDbContext db, Article article, List<string> names, CancellationToken cancellationToken)
    {
        var existing = await db.Tags.Where(t => names.Contains(t.Name)).ToDictionaryAsync(t => t.Name, cancellationToken);
        Link(db, article, names, existing);
    }

    /// <summary>
    /// Replaces the article's tags with <paramref name="names"/>, taking tags from <paramref name="known"/> (name → tag)
    /// and adding the new ones to it, so that articles saved together share one new tag instead of creating it twice.
    /// </summary>
    public static void Link(ContentDbContext db, Article article, List<string> names, Dictionary<string, Tag> known)
    {
        article.Tags.Clear();
        for (var position = 0; position < names.Count; position++)
        {
            var name = names[position];
            if (!known.TryGetValue(name, out var tag))
            {
                known[name] = tag = new Tag { Name = name };
                db.Tags.Add(tag);
            }

            article.Tags.Add(new ArticleTag { Tag = tag, Position = position, ArticleCreatedAt = article.CreatedAt, ArticleHidden = article.HiddenAt is not null });
        }

        article.TagList = names.Order(StringComparer.Ordinal).ToList();
    }
}
