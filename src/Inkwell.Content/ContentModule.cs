using Inkwell.Content.Articles;
using Inkwell.Content.Authors;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Content.Seeding;
using Inkwell.Content.Transfer;
using Inkwell.Identity.Contracts.Events;
using Inkwell.Platform.Admin;
using Inkwell.Platform.Caching;
using Inkwell.Platform.Data;
using Inkwell.Platform.Messaging;
using Inkwell.Platform.Modules;
using Inkwell.Platform.Seeding;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Content;

/// <summary>Articles, tags, comments, favorites and the feed.</summary>
public sealed class ContentModule : IModule
{
    public const string ModuleName = "content";

    public string Name => ModuleName;

    // Authors and follows come from Identity as events into Content's own copy, so Content runs without Identity.
    public IReadOnlyList<string> DependsOn => [];

    public IReadOnlyList<string> PathPrefixes => ["/api/articles", "/api/tags", "/api/admin/content"];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.AddReadCache<ContentDbContext>();
        builder.AddModuleDbContext<ContentDbContext>(Name);
        builder.AddOutboxRelay<ContentDbContext>();
        // Authors and follows are Content's copy of Identity's data, and the counts and trending tags are kept by the module.
        builder.AddAdminCatalogue<ContentDbContext>(Name, admin => admin
            .ReadOnly<Article>(nameof(Article.FavoritesCount))
            .ReadOnly<Tag>(nameof(Tag.ArticleCount))
            .ReadOnly<ArticleTag>(nameof(ArticleTag.ArticleHidden))
            .ReadOnly<AuthorProfile>(nameof(AuthorProfile.Username), nameof(AuthorProfile.NormalizedUsername), nameof(AuthorProfile.Bio),
                nameof(AuthorProfile.Image), nameof(AuthorProfile.ArticlesCount), nameof(AuthorProfile.ProfileUpdatedAt))
            .NotCreatable<AuthorProfile>()
            .NotCreatable<AuthorFollow>()
            .NotCreatable<ContentStats>()
            .ReadOnly<ContentStats>(nameof(ContentStats.ArticlesCount))
            .NotCreatable<TrendingTag>());
        builder.AddEventHandler<ContentDbContext, UserRegistered, CopyRegisteredUser>(Name);
        builder.AddEventHandler<ContentDbContext, ProfileUpdated, CopyProfileUpdate>(Name);
        builder.AddEventHandler<ContentDbContext, UserFollowed, CopyFollow>(Name);
        builder.AddEventHandler<ContentDbContext, UserUnfollowed, CopyUnfollow>(Name);
        builder.Services.AddScoped<ArticleViewBuilder>();
        builder.Services.AddScoped<ContentService>();
        builder.Services.AddScoped<IBulkSeeder, ContentBulkSeeder>();
        builder.Services.AddScoped<IArticles>(services => services.GetRequiredService<ContentService>());
        builder.Services.AddScoped<IFeeds>(services => services.GetRequiredService<ContentService>());
        builder.Services.AddScoped<IComments>(services => services.GetRequiredService<ContentService>());
        builder.Services.AddScoped<IContentTransfer, ContentTransfer>();
        builder.Services.AddScoped<IModeration>(services => services.GetRequiredService<ContentService>());
        builder.Services.AddScoped<ITrendingTags>(services => services.GetRequiredService<ContentService>());
        builder.Services.AddScoped<ITrendingTagRanking>(services => services.GetRequiredService<ContentService>());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapContentApi();

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<ContentDbContext>().Database.MigrateAsync(cancellationToken);

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        ContentDemoData.SeedAsync(services, cancellationToken);
}
