using Microsoft.EntityFrameworkCore;

namespace Inkwell.Tests.Api.Content.QueryPlans;

/// <summary>
/// Fills a test database with enough users, follows, articles, tags, favorites and comments that the
/// planner would rather scan a table than use a missing index, with plain INSERT … SELECT over a series.
/// Every name is predictable: users bulk1…, articles bulk-article-1…, tags bulk-tag-1… and bulk-popular.
/// </summary>
internal sealed class BulkRows(DbContext db, bool postgres)
{
    public const int Users = 10_000;
    public const int Articles = 50_000;
    public const int Tags = 500;

    private long _firstUser;

    public async Task InsertAsync()
    {
        await ExecuteAsync($"""
            INSERT INTO identity_users ("Username", "NormalizedUsername", "Email", "NormalizedEmail", "PasswordHash", "CreatedAt", "UpdatedAt")
            SELECT 'bulk' || n.i, 'bulk' || n.i, 'bulk' || n.i || '@example.com', 'bulk' || n.i || '@example.com', 'not a hash', {Minute("n.i")}, {Minute("n.i")}
            FROM {Numbers(Users)}
            """);
        var user = _firstUser = await FirstIdAsync("identity_users", "Username", "bulk1", Users);

        // Content's copies of profiles and follows, as Identity's events would have left them (bulk rows raise none).
        await ExecuteAsync($"""
            INSERT INTO content_authors ("Id", "Username", "NormalizedUsername", "ProfileUpdatedAt", "ArticlesCount")
            SELECT {user} + n.i - 1, 'bulk' || n.i, 'bulk' || n.i, {Minute("n.i")}, 0 FROM {Numbers(Users)}
            """);

        // Everyone follows five others.
        await ExecuteAsync($"""
            INSERT INTO identity_follows ("FollowerId", "FolloweeId", "CreatedAt")
            SELECT {user} + (n.i - 1) % {Users}, {user} + ((n.i - 1) % {Users} + 1 + (n.i - 1) / {Users} * 97) % {Users}, {Minute("n.i")}
            FROM {Numbers(Users * 5)}
            """);
        await ExecuteAsync("""INSERT INTO content_follows ("FollowerId", "FolloweeId") SELECT "FollowerId", "FolloweeId" FROM identity_follows""");

        // Article i is by user bulk(i % Users + 1) and a minute newer than article i - 1.
        await ExecuteAsync($"""
            INSERT INTO content_articles ("Slug", "Title", "Description", "Body", "AuthorId", "CreatedAt", "UpdatedAt", "FavoritesCount")
            SELECT 'bulk-article-' || n.i, 'Bulk article ' || n.i, 'About ' || n.i, 'The body of article ' || n.i, {user} + n.i % {Users}, {Minute("n.i")}, {Minute("n.i")}, 2
            FROM {Numbers(Articles)}
            """);
        var article = await FirstIdAsync("content_articles", "Slug", "bulk-article-1", Articles);

        await ExecuteAsync($"""INSERT INTO content_tags ("Name") SELECT 'bulk-tag-' || n.i FROM {Numbers(Tags)}""");
        var tag = await FirstIdAsync("content_tags", "Name", "bulk-tag-1", Tags);
        await ExecuteAsync("""INSERT INTO content_tags ("Name") VALUES ('bulk-popular')""");

        // Each tag is on Articles / Tags articles; "bulk-popular" is on every fourth article as well.
        await ExecuteAsync($"""
            INSERT INTO content_article_tags ("ArticleId", "TagId", "Position", "ArticleCreatedAt")
            SELECT {article} + n.i - 1, {tag} + n.i % {Tags}, 0, {Minute("n.i")} FROM {Numbers(Articles)}
            """);
        await ExecuteAsync($"""
            INSERT INTO content_article_tags ("ArticleId", "TagId", "Position", "ArticleCreatedAt")
            SELECT {article} + n.i - 1, (SELECT "Id" FROM content_tags WHERE "Name" = 'bulk-popular'), 1, {Minute("n.i")} FROM {Numbers(Articles)} WHERE n.i % 4 = 0
            """);

        // Two fans per article, ten favorites per user.
        await ExecuteAsync($"""
            INSERT INTO content_favorites ("ArticleId", "UserId", "CreatedAt")
            SELECT {article} + (n.i - 1) % {Articles}, {user} + ((n.i - 1) % {Articles} * 7 + (n.i - 1) / {Articles}) % {Users}, {Minute("n.i")}
            FROM {Numbers(Articles * 2)}
            """);

        await ExecuteAsync($"""
            INSERT INTO content_comments ("ArticleId", "AuthorId", "Body", "CreatedAt", "UpdatedAt")
            SELECT {article} + n.i % {Articles}, {user} + n.i * 3 % {Users}, 'Comment ' || n.i, {Minute("n.i")}, {Minute("n.i")}
            FROM {Numbers(Articles * 2)}
            """);
    }

    /// <summary>Lets <paramref name="followerId"/> follow <paramref name="count"/> of the bulk users.</summary>
    public async Task FollowAsync(long followerId, int count)
    {
        await ExecuteAsync($"""
            INSERT INTO identity_follows ("FollowerId", "FolloweeId", "CreatedAt")
            SELECT {followerId}, {_firstUser} + n.i * 13, {Minute("n.i")} FROM {Numbers(count)}
            """);
        await ExecuteAsync($"""
            INSERT INTO content_follows ("FollowerId", "FolloweeId") SELECT {followerId}, {_firstUser} + n.i * 13 FROM {Numbers(count)}
            """);
    }

    /// <summary>Fresh statistics, as autovacuum (PostgreSQL) or <c>PRAGMA optimize</c> (SQLite) would gather.</summary>
    public Task AnalyzeAsync() => ExecuteAsync("ANALYZE");

    public Task ExecuteAsync(string sql) => db.Database.ExecuteSqlRawAsync(sql);

    private string Numbers(int count) => postgres
        ? $"generate_series(1, {count}) AS n(i)"
        : $"(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {count}) SELECT i FROM s) AS n";

    private string Minute(string minutes) => postgres
        ? $"TIMESTAMPTZ '2020-01-01 00:00:00+00' + ({minutes}) * INTERVAL '1 minute'"
        : $"strftime('%Y-%m-%d %H:%M:%S', '2020-01-01', '+' || ({minutes}) || ' minutes')";

    /// <summary>The id of the first bulk row; the rows an INSERT … SELECT adds on a quiet database are numbered in a row.</summary>
    private async Task<long> FirstIdAsync(string table, string column, string value, int count)
    {
        var firstSql = $"""SELECT "Id" AS "Value" FROM {table} WHERE "{column}" = '{value}'""";
        var lastSql = $"""SELECT MAX("Id") AS "Value" FROM {table}""";
        var first = await db.Database.SqlQueryRaw<long>(firstSql).SingleAsync();
        var last = await db.Database.SqlQueryRaw<long>(lastSql).SingleAsync();
        Assert.Equal(first + count - 1, last);
        return first;
    }
}
