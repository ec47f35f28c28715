using Inkwell.Identity.Users;
using Inkwell.Platform.Admin;
using Inkwell.Platform.Auth;
using Inkwell.Platform.Data;
using Inkwell.Platform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Data;

internal sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Follow> Follows => Set<Follow>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    /// <summary>Saves, and commits the integration events the changes raise in the same transaction (the outbox).</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        Outbox.SaveChangesWithEventsAsync(this, IdentityEvents.Capture(ChangeTracker), base.SaveChangesAsync, acceptAllChangesOnSuccess, cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        UtcDateTimeConverter.Apply(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(user =>
        {
            user.ToTable("identity_users");
            user.Property(u => u.Username).HasMaxLength(UserRules.UsernameMaxLength);
            user.Property(u => u.NormalizedUsername).HasMaxLength(UserRules.UsernameMaxLength);
            user.Property(u => u.Email).HasMaxLength(UserRules.EmailMaxLength);
            user.Property(u => u.NormalizedEmail).HasMaxLength(UserRules.EmailMaxLength);
            user.Property(u => u.Bio).HasMaxLength(UserRules.BioMaxLength);
            user.Property(u => u.Image).HasMaxLength(UserRules.ImageMaxLength);

            // A database default, so rows written without the column (bulk seeding, rows older than roles) are plain users.
            user.Property(u => u.Role).HasMaxLength(UserRules.RoleMaxLength).HasDefaultValue(Roles.User);
            // On unless the user says otherwise; the default also covers rows written without the column (bulk seeding).
            user.Property(u => u.EmailNotifications).HasDefaultValue(true);
            user.HasIndex(u => u.NormalizedUsername).IsUnique();
            user.HasIndex(u => u.NormalizedEmail).IsUnique();
        });

        modelBuilder.MapOutbox("identity");
        modelBuilder.MapAudit("identity");

        modelBuilder.Entity<Follow>(follow =>
        {
            follow.ToTable("identity_follows");
            follow.HasKey(f => new { f.FollowerId, f.FolloweeId });
            follow.HasIndex(f => f.FolloweeId);
            follow.HasOne<User>().WithMany().HasForeignKey(f => f.FollowerId).OnDelete(DeleteBehavior.Cascade);
            follow.HasOne<User>().WithMany().HasForeignKey(f => f.FolloweeId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RefreshToken>(token =>
        {
            token.ToTable("identity_refresh_tokens");
            token.Property(t => t.TokenHash).HasMaxLength(32);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.HasIndex(t => t.FamilyId);
            token.HasIndex(t => t.UserId);
            token.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
