namespace Inkwell.Platform.Seeding;

/// <summary>Seeded randomness that does not depend on which tables were generated before.</summary>
public static class SeedRandom
{
    /// <summary>
    /// One stream per table or purpose, derived from the plan's seed and a stable hash of the name
    /// (string.GetHashCode changes between processes). A seeded Random keeps its sequence across runs.
    /// </summary>
    public static Random For(SeedPlan plan, string stream)
    {
        var hash = 2166136261u;
        foreach (var c in stream)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return new Random(unchecked((int)hash ^ (plan.RandomSeed * 486187739)) & int.MaxValue);
    }

    /// <summary>A Pareto-distributed weight of at least 1: most small, a few very large (smaller alpha, longer tail).</summary>
    public static double Pareto(Random random, double alpha) => Math.Pow(1.0 - random.NextDouble(), -1.0 / alpha);

    /// <summary>A moment uniformly between <paramref name="from"/> and <paramref name="to"/>, to the millisecond.</summary>
    public static DateTime Between(Random random, DateTime from, DateTime to)
    {
        var ticks = from.Ticks + (long)(random.NextDouble() * Math.Max(0, (to - from).Ticks));
        return new DateTime(ticks - (ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }
}
