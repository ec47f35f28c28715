using Inkwell.Identity.Contracts;

namespace Inkwell.Content.Articles;

internal sealed record AuthorProfile(string Username, string? Bio, string? Image, bool Following)
{
    public static AuthorProfile From(UserProfile profile) => new(profile.Username, profile.Bio, profile.Image, profile.Following);

    /// <summary>Shown if an author's account is gone; their articles stay readable.</summary>
    public static readonly AuthorProfile Unknown = new("[deleted]", null, null, false);
}

internal sealed record ArticleResponse(ArticleResponse.ArticleBody Article)
{
    internal sealed record ArticleBody(
        string Slug,
        string Title,
        string Description,
        string Body,
        IReadOnlyList<string> TagList,
        DateTime CreatedAt,
        DateTime UpdatedAt,
        bool Favorited,
        int FavoritesCount,
        AuthorProfile Author);
}

/// <summary>A page of articles: list items carry no body, <c>ArticlesCount</c> is the total matching.</summary>
internal sealed record ArticlesResponse(IReadOnlyList<ArticlesResponse.ArticleSummary> Articles, int ArticlesCount)
{
    internal sealed record ArticleSummary(
        string Slug,
        string Title,
        string Description,
        IReadOnlyList<string> TagList,
        DateTime CreatedAt,
        DateTime UpdatedAt,
        bool Favorited,
        int FavoritesCount,
        AuthorProfile Author);
}
