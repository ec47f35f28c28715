using Inkwell.Platform.Api;

namespace Inkwell.Content.Articles;

/// <summary>Limits on what an article, its tags and its comments may hold.</summary>
internal static class ArticleRules
{
    public const int TitleMaxLength = 200;
    public const int SlugMaxLength = 120;
    public const int DescriptionMaxLength = 500;
    public const int BodyMaxLength = 100_000;
    public const int TagMaxLength = 40;
    public const int MaxTags = 10;
    public const int CommentMaxLength = 5_000;

    /// <summary>
    /// Trims, lower-cases and collapses inner whitespace, drops blanks and repeats,
    /// and keeps the author's order.
    /// </summary>
    public static List<string> NormalizeTags(IEnumerable<string?> tags) =>
        tags
            .Select(tag => string.Join(' ', (tag ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
            .Where(tag => tag.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static void CheckTags(ValidationErrors errors, List<string> tags)
    {
        if (tags.Count > MaxTags)
        {
            errors.Add("tagList", $"has too many tags (maximum is {MaxTags})");
        }

        foreach (var tag in tags.Where(t => t.Length > TagMaxLength))
        {
            errors.Add("tagList", $"'{tag[..20]}…' is too long (maximum is {TagMaxLength} characters)");
        }
    }
}
