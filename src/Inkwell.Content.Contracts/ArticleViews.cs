using System.Text.Json.Serialization;

namespace Inkwell.Content.Contracts;

/// <summary>An article's author as a particular reader sees them.</summary>
public sealed record Author(string Username, string? Bio, string? Image, bool Following);

/// <summary>An article in a list: everything but the body.</summary>
public sealed record ArticleSummary(
    string Slug,
    string Title,
    string Description,
    IReadOnlyList<string> TagList,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    bool Favorited,
    int FavoritesCount,
    Author Author,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Hidden = false);

/// <param name="Hidden">Hidden by a moderator: only its author sees it, and the API says so only to them.</param>
public sealed record ArticleDetail(
    string Slug,
    string Title,
    string Description,
    string Body,
    IReadOnlyList<string> TagList,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    bool Favorited,
    int FavoritesCount,
    Author Author,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Hidden = false);

/// <summary>One page of articles and how many matched in all.</summary>
public sealed record ArticleList(IReadOnlyList<ArticleSummary> Articles, int ArticlesCount);

/// <summary>Filters of the article list; each is a username or tag, and null means no filter.</summary>
public sealed record ArticleFilter(string? Tag = null, string? Author = null, string? Favorited = null);

/// <summary>What an author writes. On update, a null field stays as it is and a sent tag list replaces the tags.</summary>
public sealed record ArticleDraft(string? Title = null, string? Description = null, string? Body = null, IReadOnlyList<string?>? TagList = null);

/// <param name="Hidden">Hidden by a moderator: only its author sees it, and the API says so only to them.</param>
public sealed record CommentView(
    long Id, DateTime CreatedAt, DateTime UpdatedAt, string Body, Author Author,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Hidden = false);
