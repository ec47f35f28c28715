using Inkwell.Content.Articles;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Admin;
using Inkwell.Platform.Data;
using Inkwell.Platform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Data;

internal sealed class ContentDbContext(DbContextOptions<ContentDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<ArticleTag> ArticleTags => Set<ArticleTag>();

    public DbSet<Favorite> Favorites => Set<Favorite>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<ContentStats> Stats => Set<ContentStats>();

    public DbSet<AuthorProfile> Authors => Set<AuthorProfile>();

    public DbSet<AuthorFollow> AuthorFollows => Set<AuthorFollow>();

    public DbSet<TrendingTag> TrendingTags => Set<TrendingTag>();

    /// <summary>Saves, and commits the integration events the changes raise in the same transaction (the outbox).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        await Outbox.SaveChangesWithEventsAsync(
            this, await ContentEvents.CaptureAsync(this, cancellationToken), base.SaveChangesAsync, acceptAllChangesOnSuccess, cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        UtcDateTimeConverter.Apply(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Article>(article =>
        {
            article.ToTable("content_articles");
            article.Property(a => a.Slug).HasMaxLength(ArticleRules.SlugMaxLength);
            article.Property(a => a.Title).HasMaxLength(ArticleRules.TitleMaxLength);
            article.Property(a => a.Description).HasMaxLength(ArticleRules.DescriptionMaxLength);
            article.HasIndex(a => a.Slug).IsUnique();
            // Lists are newest first with the id as tie-breaker: each index ends in the same order, so a page is read, not sorted.
            article.HasIndex(a => new { a.CreatedAt, a.Id });
            article.HasIndex(a => new { a.AuthorId, a.CreatedAt, a.Id });
            article.HasMany(a => a.Tags).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Tag>(tag =>
        {
            tag.ToTable("content_tags");
            tag.Property(t => t.Name).HasMaxLength(ArticleRules.TagMaxLength);
            tag.HasIndex(t => t.Name).IsUnique();
        });

        modelBuilder.Entity<ArticleTag>(link =>
        {
            link.ToTable("content_article_tags");
            link.HasKey(t => new { t.ArticleId, t.TagId });
            // The tag filter reads a tag's newest links in list order and stops after one page.
            link.HasIndex(t => new { t.TagId, t.ArticleCreatedAt, t.ArticleId });
            link.HasOne(t => t.Tag).WithMany().HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Favorite>(favorite =>
        {
            favorite.ToTable("content_favorites");
            favorite.HasKey(f => new { f.ArticleId, f.UserId });
            favorite.HasIndex(f => new { f.UserId, f.ArticleId });
            favorite.HasOne<Article>().WithMany().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Comment>(comment =>
        {
            comment.ToTable("content_comments");
            comment.Property(c => c.Body).HasMaxLength(ArticleRules.CommentMaxLength);
            comment.HasIndex(c => new { c.ArticleId, c.CreatedAt, c.Id });
            comment.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AuthorProfile>(author =>
        {
            author.ToTable("content_authors");
            author.Property(a => a.Id).ValueGeneratedNever();
            author.Property(a => a.Username).HasMaxLength(ProfileLimits.UsernameMaxLength);
            author.Property(a => a.NormalizedUsername).HasMaxLength(ProfileLimits.UsernameMaxLength);
            author.Property(a => a.Bio).HasMaxLength(ProfileLimits.BioMaxLength);
            author.Property(a => a.Image).HasMaxLength(ProfileLimits.ImageMaxLength);
            author.HasIndex(a => a.NormalizedUsername);
        });

        modelBuilder.Entity<AuthorFollow>(follow =>
        {
            follow.ToTable("content_follows");
            follow.HasKey(f => new { f.FollowerId, f.FolloweeId });
        });

        modelBuilder.MapInbox("content");
        modelBuilder.MapOutbox("content");
        modelBuilder.MapAudit("content");

        modelBuilder.Entity<TrendingTag>(trending =>
        {
            trending.ToTable("content_trending_tags");
            trending.HasKey(t => t.Name);
            trending.Property(t => t.Name).HasMaxLength(ArticleRules.TagMaxLength);
            trending.HasIndex(t => t.Rank);
        });

        // Its one row, like content_tags.ArticleCount, is written only by the triggers of the
        // KeptCountsAndListIndexes migration (docs/decisions/0004).
        modelBuilder.Entity<ContentStats>(stats =>
        {
            stats.ToTable("content_stats");
            stats.Property(s => s.Id).ValueGeneratedNever();
        });
    }
}
