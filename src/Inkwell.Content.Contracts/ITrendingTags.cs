namespace Inkwell.Content.Contracts;

/// <summary>Tags in fashion: recomputed on a schedule from recent articles and favorites, read by the home page.</summary>
public interface ITrendingTags
{
    /// <summary>The trending tags as last computed, the hottest first; empty before the first computation or in a quiet week.</summary>
    Task<IReadOnlyList<string>> ListAsync(int count, CancellationToken cancellationToken);

    /// <summary>Scores every tag by articles written and favorites given within <paramref name="window"/> and keeps the result.</summary>
    Task<int> RecomputeAsync(TimeSpan window, CancellationToken cancellationToken);
}
