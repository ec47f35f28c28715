namespace Inkwell.Platform.Seeding;

/// <summary>
/// Draws k distinct numbers below n in exactly k steps (Floyd's algorithm), returned in ascending order.
/// Reused across draws: it clears only what it marked, so a million small draws stay cheap.
/// </summary>
public sealed class DistinctSampler(int n)
{
    private readonly bool[] _taken = new bool[n];
    private readonly List<int> _picked = [];

    public IReadOnlyList<int> Sample(Random random, int k)
    {
        foreach (var value in _picked)
        {
            _taken[value] = false;
        }

        _picked.Clear();
        for (var j = n - k; j < n; j++)
        {
            var candidate = random.Next(j + 1);
            var value = _taken[candidate] ? j : candidate;
            _taken[value] = true;
            _picked.Add(value);
        }

        _picked.Sort();
        return _picked;
    }
}
