using Inkwell.Content.Articles;
using Inkwell.Content.Comments;
using Inkwell.Content.Favorites;
using Inkwell.Content.Moderation;
using Inkwell.Content.Tags;
using Inkwell.Platform.Auth;
using Inkwell.Platform.Admin.Api;
using Inkwell.Platform.Caching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Inkwell.Content;

internal static class ContentEndpoints
{
    public static void MapContentApi(this IEndpointRouteBuilder endpoints)
    {
        var articles = endpoints.MapGroup("/api/articles").WithTags("Articles");
        articles.MapGet("", ListArticles.HandleAsync).WithName("GetArticles").CacheAnonymousReads();
        articles.MapGet("/feed", GetFeed.HandleAsync).WithName("GetArticlesFeed").RequireAuthorization();
        articles.MapGet("/feed/{readerId}", GetReaderFeed.HandleAsync).WithName("GetReaderFeed").WithTags("Services")
            .RequireAuthorization(Policies.Service).WithSummary("Any reader's feed, by id (service token only; not in the RealWorld API)");
        articles.MapPost("", CreateArticle.HandleAsync).WithName("CreateArticle").RequireAuthorization();
        articles.MapGet("/{slug}", GetArticle.HandleAsync).WithName("GetArticle").CacheAnonymousReads();
        articles.MapPut("/{slug}", UpdateArticle.HandleAsync).WithName("UpdateArticle").RequireAuthorization();
        articles.MapDelete("/{slug}", DeleteArticle.HandleAsync).WithName("DeleteArticle").RequireAuthorization();

        var favorites = endpoints.MapGroup("/api/articles/{slug}/favorite").WithTags("Favorites").RequireAuthorization();
        favorites.MapPost("", FavoriteArticle.HandleAsync).WithName("CreateArticleFavorite");
        favorites.MapDelete("", UnfavoriteArticle.HandleAsync).WithName("DeleteArticleFavorite");

        var comments = endpoints.MapGroup("/api/articles/{slug}/comments").WithTags("Comments");
        comments.MapGet("", ListComments.HandleAsync).WithName("GetArticleComments").CacheAnonymousReads();
        comments.MapPost("", AddComment.HandleAsync).WithName("CreateArticleComment").RequireAuthorization();
        comments.MapDelete("/{id}", DeleteComment.HandleAsync).WithName("DeleteArticleComment").RequireAuthorization();

        endpoints.MapGet("/api/tags", ListTags.HandleAsync).WithTags("Tags").WithName("GetTags").CacheAnonymousReads();
        endpoints.MapGet("/api/tags/trending", ListTrendingTags.HandleAsync).WithTags("Tags").WithName("GetTrendingTags").CacheAnonymousReads()
            .WithSummary("Trending tags (not in the RealWorld API)")
            .WithDescription("`?count=N` (10 by default, at most 50): the tags ranked by the last week's articles and favorites, hottest first.");
        endpoints.MapPost("/api/tags/trending/recompute", RecomputeTrendingTags.HandleAsync).WithTags("Services").WithName("RecomputeTrendingTags")
            .RequireAuthorization(Policies.Service)
            .WithSummary("Recompute the trending tags (service token only; not in the RealWorld API)")
            .WithDescription("Send `{\"trending\":{\"window\":\"7.00:00:00\"}}`: tags are scored by the articles and favorites within the window.");

        // The back office's moderation, for moderators (and admins): hide an article or a comment, or show it again.
        var admin = endpoints.MapAdminApi(ContentModule.ModuleName);
        admin.MapPut("/articles/{slug}/hidden", HideArticle.HandleAsync).WithName("SetArticleHidden");
        admin.MapPut("/comments/{id}/hidden", HideComment.HandleAsync).WithName("SetCommentHidden");
    }
}
