using System.Security.Claims;
using Inkwell.Content.Data;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class ListArticles
{
    /// <summary>Most recent articles first, filtered by tag, author and who favorited them; authentication optional.</summary>
    public static async Task<Results<Ok<ArticlesResponse>, UnprocessableEntity<ErrorResponse>>> Handle(
        string? tag,
        string? author,
        string? favorited,
        string? limit,
        string? offset,
        ClaimsPrincipal principal,
        ContentDbContext db,
        IUserDirectory users,
        ArticleViews views,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.Parse(limit, offset, errors);
        if (errors.Any)
        {
            return ApiErrors.Validation(errors);
        }

        var articles = db.Articles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(tag))
        {
            var tagName = ArticleRules.NormalizeTags([tag]).Single();
            articles = articles.Where(a => a.Tags.Any(t => t.Tag.Name == tagName));
        }

        if (!string.IsNullOrWhiteSpace(author))
        {
            var authorId = await users.FindUserIdAsync(author, cancellationToken);
            articles = articles.Where(a => a.AuthorId == authorId);
        }

        if (!string.IsNullOrWhiteSpace(favorited))
        {
            var fanId = await users.FindUserIdAsync(favorited, cancellationToken);
            articles = articles.Where(a => db.Favorites.Any(f => f.ArticleId == a.Id && f.UserId == fanId));
        }

        return TypedResults.Ok(await ArticlePage.LoadAsync(articles, paging, principal.FindUserId(), views, cancellationToken));
    }
}
