namespace Inkwell.Platform.Seeding;

/// <summary>Picks indexes with probability proportional to their weights.</summary>
public sealed class WeightedPicker
{
    private readonly double[] _cumulative;

    public WeightedPicker(IReadOnlyList<double> weights)
    {
        _cumulative = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += weights[i];
            _cumulative[i] = sum;
        }
    }

    public int Count => _cumulative.Length;

    public int Pick(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return Math.Min(index, _cumulative.Length - 1);
    }

    /// <summary>Zipf-like weights: the item at rank r weighs 1 / (r + 1)^exponent.</summary>
    public static WeightedPicker Zipf(int count, double exponent) =>
        new(Enumerable.Range(0, count).Select(rank => 1.0 / Math.Pow(rank + 1, exponent)).ToArray());
}
