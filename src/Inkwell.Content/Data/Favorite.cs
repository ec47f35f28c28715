namespace Inkwell.Content.Data;

internal sealed class Favorite
{
    public long ArticleId { get; set; }

    public long UserId { get; set; }

    public DateTime CreatedAt { get; set; }
}
