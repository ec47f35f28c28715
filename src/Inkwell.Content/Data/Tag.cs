namespace Inkwell.Content.Data;

internal sealed class Tag
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>
    /// How many articles carry the tag. Database triggers keep it in step with <c>content_article_tags</c>
    /// in the same statement, so no writer can forget it (docs/decisions/0004).
    /// </summary>
    public int ArticleCount { get; set; }
}

internal sealed class ArticleTag
{
    public long ArticleId { get; set; }

    public long TagId { get; set; }

    public Tag Tag { get; set; } = null!;

    /// <summary>Where the author put the tag in their list.</summary>
    public int Position { get; set; }

    /// <summary>The article's creation time, which never changes: the tag filter pages through links in list order.</summary>
    public DateTime ArticleCreatedAt { get; set; }

    /// <summary>
    /// Whether a moderator hid the article: a copy, so the triggers count only the links of visible articles from the
    /// link rows alone, even when the article row is already gone (docs/decisions/0004). A trigger keeps it in step
    /// with the article's <see cref="Article.HiddenAt"/>; a link added to a hidden article is written hidden.
    /// </summary>
    public bool ArticleHidden { get; set; }
}
