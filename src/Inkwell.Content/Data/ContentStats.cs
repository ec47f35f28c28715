namespace Inkwell.Content.Data;

/// <summary>
/// The one row of figures about all content. Database triggers keep <see cref="ArticlesCount"/> in step
/// with <c>content_articles</c> in the same statement, so the article list never counts a million rows
/// (docs/decisions/0004).
/// </summary>
internal sealed class ContentStats
{
    public const int RowId = 1;

    public int Id { get; set; }

    public int ArticlesCount { get; set; }
}
