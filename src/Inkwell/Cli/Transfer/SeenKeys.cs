namespace Inkwell.Cli.Transfer;

/// <summary>
/// In a dry run nothing is written, so the database cannot tell that a row repeats a username or slug of an earlier
/// batch, as it does in a real run. This remembers the keys of the batches a dry run passed, so that it refuses what
/// the real run would. Each key is kept as a 64-bit hash with its line (about 30 bytes), not as text: a dry run over
/// a million rows grows by tens of megabytes, not hundreds, and only a dry run keeps them at all.
/// </summary>
internal sealed class SeenKeys
{
    private readonly Dictionary<ulong, long> _lines = [];

    public bool TryFind(string key, out long line) => _lines.TryGetValue(Hash(key), out line);

    public void Add(string key, long line) => _lines.TryAdd(Hash(key), line);

    /// <summary>FNV-1a: two different keys share a hash about once in 10^13 pairs, rare enough for a dry run's advice.</summary>
    private static ulong Hash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
