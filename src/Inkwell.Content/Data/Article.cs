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

    public List<ArticleTag> Tags { get; set; } = [];
}
