namespace Inkwell.Content.Data;

internal sealed class Comment
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public long AuthorId { get; set; }

    public required string Body { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>When a moderator hid it: hidden comments are shown to their author only.</summary>
    public DateTime? HiddenAt { get; set; }
}
