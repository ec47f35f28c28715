using Inkwell.Content.Data;
using Inkwell.Identity.Data;
using Inkwell.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Platform;

/// <summary>The schema comes from real migrations, matches the model, and indexes every filtered or sorted column.</summary>
[Collection(ApiCollection.Name)]
public sealed class DatabaseSchemaTests(InkwellFactory factory)
{
    [Fact]
    public void Start_up_applies_every_migration_and_the_model_has_no_unmigrated_changes()
    {
        using var scope = factory.Services.CreateScope();
        foreach (var db in new DbContext[]
        {
            Get<IdentityDbContext>(scope), Get<ContentDbContext>(scope), Get<Inkwell.Web.Data.WebDbContext>(scope), Get<Inkwell.Worker.Data.WorkerDbContext>(scope),
        })
        {
            Assert.NotEmpty(db.Database.GetAppliedMigrations());
            Assert.Empty(db.Database.GetPendingMigrations());
            Assert.False(db.Database.HasPendingModelChanges(), $"{db.GetType().Name} has model changes without a migration");
        }
    }

    [Theory]
    [InlineData(typeof(IdentityDbContext), "identity_users", "NormalizedUsername")]
    [InlineData(typeof(IdentityDbContext), "identity_users", "NormalizedEmail")]
    [InlineData(typeof(IdentityDbContext), "identity_follows", "FolloweeId")]
    [InlineData(typeof(IdentityDbContext), "identity_refresh_tokens", "TokenHash")]
    [InlineData(typeof(IdentityDbContext), "identity_refresh_tokens", "FamilyId")]
    [InlineData(typeof(IdentityDbContext), "identity_refresh_tokens", "UserId")]
    [InlineData(typeof(ContentDbContext), "content_articles", "Slug")]
    [InlineData(typeof(ContentDbContext), "content_articles", "CreatedAt")]
    [InlineData(typeof(ContentDbContext), "content_articles", "AuthorId")]
    [InlineData(typeof(ContentDbContext), "content_article_tags", "TagId")]
    [InlineData(typeof(ContentDbContext), "content_tags", "Name")]
    [InlineData(typeof(ContentDbContext), "content_favorites", "UserId")]
    [InlineData(typeof(ContentDbContext), "content_comments", "ArticleId")]
    [InlineData(typeof(Inkwell.Worker.Data.WorkerDbContext), "worker_jobs", "State")]
    public void Every_column_a_query_filters_or_sorts_by_leads_an_index(Type contextType, string table, string column)
    {
        using var scope = factory.Services.CreateScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
        var entity = db.Model.GetEntityTypes().Single(e => e.GetTableName() == table);

        var leadingColumns = entity.GetIndexes().Select(i => i.Properties[0].Name)
            .Concat(entity.FindPrimaryKey() is { } key ? [key.Properties[0].Name] : []);

        Assert.Contains(column, leadingColumns);
    }

    [Fact]
    public async Task Passwords_are_stored_as_salted_slow_hashes_never_as_given()
    {
        var api = factory.CreateApiClient();
        var first = await api.RegisterAsync();
        var second = await api.RegisterAsync();
        using var scope = factory.Services.CreateScope();
        var db = Get<IdentityDbContext>(scope);

        var hashes = await db.Users.Where(u => u.Username == first.Username || u.Username == second.Username).Select(u => u.PasswordHash).ToListAsync();

        Assert.Equal(2, hashes.Count);
        Assert.All(hashes, hash => Assert.DoesNotContain(ApiClient.Password, hash, StringComparison.Ordinal));
        Assert.NotEqual(hashes[0], hashes[1]);
        // ASP.NET Core Identity v3 layout: 0x01, PRF, iteration count (big-endian), salt length, salt, subkey.
        Assert.All(hashes, hash =>
        {
            var bytes = Convert.FromBase64String(hash);
            Assert.Equal(0x01, bytes[0]);
            Assert.True(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)) >= 100_000);
            Assert.True(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9)) >= 16);
        });
    }

    private static T Get<T>(IServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
}
