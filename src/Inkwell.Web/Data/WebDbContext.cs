using Inkwell.Platform.Admin;
using Inkwell.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Web.Data;

/// <summary>The website's own tables: only what it generates itself; everything it shows belongs to the other modules.</summary>
internal sealed class WebDbContext(DbContextOptions<WebDbContext> options) : DbContext(options)
{
    public DbSet<SiteDocument> Documents => Set<SiteDocument>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        UtcDateTimeConverter.Apply(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SiteDocument>(document =>
        {
            document.ToTable("web_documents");
            document.HasKey(d => d.Path);
            document.Property(d => d.Path).HasMaxLength(200);
            document.Property(d => d.ContentType).HasMaxLength(100);
        });
        modelBuilder.MapAudit("web");
    }
}
