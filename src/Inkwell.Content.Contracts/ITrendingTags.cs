namespace Inkwell.Content.Contracts;

/// <summary>Tags in fashion, as the home page reads them (also over HTTP: <c>GET /api/tags/trending</c>).</summary>
public interface ITrendingTags
{
    /// <summary>The trending tags as last computed, the hottest first; empty before the first computation or in a quiet week.</summary>
    Task<IReadOnlyList<string>> ListAsync(int count, CancellationToken cancellationToken);
}

/// <summary>
/// Recomputing the trending tags: a scheduled job's work. Over HTTP, <c>POST /api/tags/trending/recompute</c>, for a
/// service token only (docs/decisions/0018).
/// </summary>
public interface ITrendingTagRanking
{
    /// <summary>Scores every tag by articles written and favorites given within <paramref name="window"/> and keeps the result.</summary>
    Task<int> RecomputeAsync(TimeSpan window, CancellationToken cancellationToken);
}
