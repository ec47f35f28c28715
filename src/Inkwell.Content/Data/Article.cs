namespace Inkwell.Content.Data;

internal sealed class Article
{
    public long Id { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public required string Body { get; set; }

    /// <summary>The author's user id in Identity; Content never reads Identity's tables.</summary>
    public long AuthorId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Kept in step with <see cref="Favorite"/> rows in the same transaction, so lists never count.</summary>
    public int FavoritesCount { get; set; }

    /// <summary>When a moderator hid it: hidden articles are shown to their author only.</summary>
    public DateTime? HiddenAt { get; set; }

    public List<ArticleTag> Tags { get; set; } = [];

    /// <summary>
    /// The tag names as lists show them (alphabetically, docs/decisions/0002), kept with the article so a list
    /// page reads no links; written together with <see cref="Tags"/> by ArticleTagWriter.
    /// </summary>
    public List<string> TagList { get; set; } = [];
}
