namespace Inkwell.Content.Data;

internal sealed class Tag
{
    public long Id { get; set; }

    public required string Name { get; set; }
}

internal sealed class ArticleTag
{
    public long ArticleId { get; set; }

    public long TagId { get; set; }

    public Tag Tag { get; set; } = null!;

    /// <summary>Where the author put the tag in their list.</summary>
    public int Position { get; set; }
}
