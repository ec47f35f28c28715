using System.Security.Claims;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class ListArticles
{
    public static async Task<Results<Ok<ArticleList>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string? tag,
        string? author,
        string? favorited,
        string? limit,
        string? offset,
        ClaimsPrincipal principal,
        IArticles articles,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.Parse(limit, offset, errors);
        if (errors.Any)
        {
            return ApiErrors.Invalid(errors);
        }

        return TypedResults.Ok(await articles.ListAsync(new ArticleFilter(tag, author, favorited), paging, principal.FindUserId(), cancellationToken));
    }

    /// <summary>Most recent articles first, filtered by tag, author and who favorited them.</summary>
    public static async Task<ArticleList> ExecuteAsync(
        ArticleFilter filter, Paging paging, long? readerId, ContentDbContext db, IUserDirectory users, ArticleViewBuilder views, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            var tagName = ArticleRules.NormalizeTags([filter.Tag]).Single();
            articles = articles.Where(a => a.Tags.Any(t => t.Tag.Name == tagName));
        }

        if (!string.IsNullOrWhiteSpace(filter.Author))
        {
            var authorId = await users.FindUserIdAsync(filter.Author, cancellationToken);
            articles = articles.Where(a => a.AuthorId == authorId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Favorited))
        {
            var fanId = await users.FindUserIdAsync(filter.Favorited, cancellationToken);
            articles = articles.Where(a => db.Favorites.Any(f => f.ArticleId == a.Id && f.UserId == fanId));
        }

        return await ArticlePage.LoadAsync(articles, paging, readerId, views, cancellationToken);
    }
}
