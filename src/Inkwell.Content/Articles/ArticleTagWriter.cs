using Inkwell.Content.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class ArticleTagWriter
{
    /// <summary>Replaces the article's tags with <paramref name="names"/>, creating tags seen for the first time.</summary>
    public static async Task SetTagsAsync(ContentDbContext db, Article article, List<string> names, CancellationToken cancellationToken)
    {
        var existing = await db.Tags.Where(t => names.Contains(t.Name)).ToDictionaryAsync(t => t.Name, cancellationToken);
        article.Tags.Clear();
        for (var position = 0; position < names.Count; position++)
        {
            var name = names[position];
            if (!existing.TryGetValue(name, out var tag))
            {
                existing[name] = tag = new Tag { Name = name };
                db.Tags.Add(tag);
            }

            article.Tags.Add(new ArticleTag { Tag = tag, Position = position, ArticleCreatedAt = article.CreatedAt });
        }

        article.TagList = names.Order(StringComparer.Ordinal).ToList();
    }
}
