namespace Inkwell.Content.Data;

/// <summary>A tag's place in the last computation of trending tags (<c>trending-tags</c>, a scheduled job).</summary>
internal sealed class TrendingTag
{
    public required string Name { get; set; }

    public int Rank { get; set; }

    /// <summary>Articles tagged with it plus favorites given to such articles, within the window.</summary>
    public int Score { get; set; }

    public DateTime ComputedAt { get; set; }
}
