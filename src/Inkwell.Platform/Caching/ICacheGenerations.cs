namespace Inkwell.Platform.Caching;

/// <summary>
/// The write generation of each module's database: a number that every commit advances. Cached reads and cached
/// responses are keyed by it, so a commit makes everything cached before it unreachable. In memory for one process;
/// in Redis when <see cref="CacheOptions.Redis"/> is set, so every process sharing the database sees each commit.
/// </summary>
public interface ICacheGenerations
{
    /// <summary>The generation of <paramref name="scope"/>, or null when it cannot be known (Redis unreachable): then nothing may be cached.</summary>
    ValueTask<long?> CurrentAsync(string scope, CancellationToken cancellationToken);

    /// <summary>Every scope's generation in one value, or null when they cannot be known.</summary>
    ValueTask<string?> SnapshotAsync(CancellationToken cancellationToken);

    /// <summary>Called after a commit to <paramref name="scope"/>'s database.</summary>
    ValueTask AdvanceAsync(string scope, CancellationToken cancellationToken);

    /// <inheritdoc cref="AdvanceAsync"/>
    void Advance(string scope);
}
