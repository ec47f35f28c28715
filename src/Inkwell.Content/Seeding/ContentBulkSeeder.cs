using Inkwell.Content.Data;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Seeding;

/// <summary>
/// Content's part of <c>inkwell seed</c>: tags, articles, their tags, favorites and comments, written by
/// the users Identity seeded (taken from the seed context, never from Identity's tables).
/// </summary>
internal sealed class ContentBulkSeeder(ContentDbContext db) : IBulkSeeder
{
    public string ModuleName => "content";

    public async Task<IReadOnlyList<string>> NonEmptyTablesAsync(CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        if (await db.Articles.AnyAsync(cancellationToken))
        {
            tables.Add("content_articles");
        }

        if (await db.Tags.AnyAsync(cancellationToken))
        {
            tables.Add("content_tags");
        }

        return tables;
    }

    public async Task SeedAsync(SeedPlan plan, SeedContext context, ISeedProgress progress, CancellationToken cancellationToken)
    {
        var users = context.Get<SeededUsers>();
        var tagNames = TagNames.Create(plan.Tags);
        var tagIds = await TagRows.WriteAsync(db, tagNames, progress, cancellationToken);
        var articles = ArticleSkeleton.Create(plan, users);
        var chosenTags = ArticleTagRows.Choose(plan, articles, tagNames.Length);

        await ArticleRows.WriteAsync(db, plan, articles, chosenTags, tagNames, progress, cancellationToken);
        await ArticleTagRows.WriteAsync(db, articles, chosenTags, tagIds, progress, cancellationToken);
        await FavoriteRows.WriteAsync(db, plan, articles, progress, cancellationToken);
        await CommentRows.WriteAsync(db, plan, articles, progress, cancellationToken);
        // After the articles, so the article-count triggers find no author rows to update one by one.
        await AuthorRows.WriteAsync(db, users.Profiles, articles, progress, cancellationToken);
        await AuthorFollowRows.WriteAsync(db, users.Follows, progress, cancellationToken);
    }
}
