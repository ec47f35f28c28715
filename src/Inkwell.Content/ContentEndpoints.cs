using Inkwell.Content.Articles;
using Inkwell.Content.Comments;
using Inkwell.Content.Favorites;
using Inkwell.Content.Tags;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Inkwell.Content;

internal static class ContentEndpoints
{
    public static void MapContentApi(this IEndpointRouteBuilder endpoints)
    {
        var articles = endpoints.MapGroup("/api/articles").WithTags("Articles");
        articles.MapGet("", ListArticles.Handle).WithName("GetArticles");
        articles.MapGet("/feed", GetFeed.Handle).WithName("GetArticlesFeed").RequireAuthorization();
        articles.MapPost("", CreateArticle.Handle).WithName("CreateArticle").RequireAuthorization();
        articles.MapGet("/{slug}", GetArticle.Handle).WithName("GetArticle");
        articles.MapPut("/{slug}", UpdateArticle.Handle).WithName("UpdateArticle").RequireAuthorization();
        articles.MapDelete("/{slug}", DeleteArticle.Handle).WithName("DeleteArticle").RequireAuthorization();

        var favorites = endpoints.MapGroup("/api/articles/{slug}/favorite").WithTags("Favorites").RequireAuthorization();
        favorites.MapPost("", FavoriteArticle.Handle).WithName("CreateArticleFavorite");
        favorites.MapDelete("", UnfavoriteArticle.Handle).WithName("DeleteArticleFavorite");

        var comments = endpoints.MapGroup("/api/articles/{slug}/comments").WithTags("Comments");
        comments.MapGet("", ListComments.Handle).WithName("GetArticleComments");
        comments.MapPost("", AddComment.Handle).WithName("CreateArticleComment").RequireAuthorization();
        comments.MapDelete("/{id}", DeleteComment.Handle).WithName("DeleteArticleComment").RequireAuthorization();

        endpoints.MapGet("/api/tags", ListTags.Handle).WithTags("Tags").WithName("GetTags");
    }
}
