namespace Inkwell.Platform.Seeding;

/// <summary>Splits an exact total into per-item counts that follow the items' weights, none above a cap.</summary>
public static class CountSpreader
{
    public static int[] Spread(long total, IReadOnlyList<double> weights, int cap, Random random)
    {
        var counts = new int[weights.Count];
        if (total == 0)
        {
            return counts;
        }

        if (total > (long)weights.Count * cap)
        {
            throw new ArgumentOutOfRangeException(nameof(total), $"{total} can't be spread over {weights.Count} items of at most {cap}.");
        }

        var weightSum = weights.Sum();
        long assigned = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = (int)Math.Min(cap, Math.Floor(total * weights[i] / weightSum));
            assigned += counts[i];
        }

        // What flooring left over goes out by weight too; once the heavy items are full, a sweep fills the rest.
        var remaining = total - assigned;
        var picker = new WeightedPicker(weights);
        for (var attempts = remaining * 2; remaining > 0 && attempts > 0; attempts--)
        {
            var i = picker.Pick(random);
            if (counts[i] < cap)
            {
                counts[i]++;
                remaining--;
            }
        }

        for (var i = random.Next(counts.Length); remaining > 0; i = (i + 1) % counts.Length)
        {
            if (counts[i] < cap)
            {
                counts[i]++;
                remaining--;
            }
        }

        return counts;
    }
}
