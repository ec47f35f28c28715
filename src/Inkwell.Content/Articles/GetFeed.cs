using System.Security.Claims;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class GetFeed
{
    public static async Task<Results<Ok<ArticleList>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string? limit, string? offset, ClaimsPrincipal principal, IArticles articles, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.Parse(limit, offset, errors);
        if (errors.Any)
        {
            return ApiErrors.Invalid(errors);
        }

        return TypedResults.Ok(await articles.FeedAsync(principal.GetUserId(), paging, cancellationToken));
    }

    /// <summary>Most recent articles by the people the reader follows, from Content's copy of follows.</summary>
    public static async Task<ArticleList> ExecuteAsync(
        long readerId, Paging paging, ContentDbContext db, ArticleViewBuilder views, CancellationToken cancellationToken)
    {
        var followed = db.AuthorFollows.Where(f => f.FollowerId == readerId).Select(f => f.FolloweeId);
        var selection = new ArticleSelection(
            page => ArticleSelection.Newest(FollowedArticles(db, readerId, followed, page), page, readerId),
            // The authors' kept counts add up to the feed's total without counting their articles.
            ct => db.Authors.Where(a => followed.Contains(a.Id)).SumAsync(a => a.ArticlesCount, ct));
        return await ArticlePage.LoadAsync(selection, paging, readerId, views, cancellationToken);
    }

    // Only a page's worth of each followed author's newest articles can be on the page, so on PostgreSQL the
    // candidates are each author's top (offset + limit) from the (AuthorId, CreatedAt, Id) index: the cost follows
    // the number of followed authors, not how rare their articles are among all articles. EF Core has no LINQ form
    // that becomes a LATERAL join (it turns one into a window over the whole table), hence the SQL. SQLite has no
    // LATERAL; it answers the plain filter.
    private static IQueryable<Article> FollowedArticles(ContentDbContext db, long readerId, IQueryable<long> followed, Paging page)
    {
        if (!db.Database.IsNpgsql())
        {
            return db.Articles.Where(a => followed.Contains(a.AuthorId));
        }

        var perAuthor = page.Offset + page.Limit;
        return db.Articles.FromSql($"""
            SELECT a.* FROM content_follows AS f
            CROSS JOIN LATERAL (
                SELECT * FROM content_articles AS x
                WHERE x."AuthorId" = f."FolloweeId" AND x."HiddenAt" IS NULL
                ORDER BY x."CreatedAt" DESC, x."Id" DESC
                LIMIT {perAuthor}) AS a
            WHERE f."FollowerId" = {readerId}
            """);
    }
}
