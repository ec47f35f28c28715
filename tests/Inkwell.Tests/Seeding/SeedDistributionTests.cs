using Inkwell.Platform.Seeding;

namespace Inkwell.Tests.Seeding;

/// <summary>The building blocks that make seeded counts exact however skewed they are.</summary>
public sealed class SeedDistributionTests
{
    [Theory]
    [InlineData(1_000, 15)]
    [InlineData(1_500, 15)]
    [InlineData(7, 1)]
    public void Spreading_gives_exactly_the_total_and_never_more_than_the_cap(long total, int cap)
    {
        var random = new Random(3);
        var weights = Enumerable.Range(0, 100).Select(_ => SeedRandom.Pareto(random, 1.2)).ToArray();

        var counts = CountSpreader.Spread(total, weights, cap, random);

        Assert.Equal(total, counts.Sum(c => (long)c));
        Assert.All(counts, count => Assert.InRange(count, 0, cap));
    }

    [Fact]
    public void Spreading_more_than_fits_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CountSpreader.Spread(11, [1.0, 1.0], 5, new Random(1)));

    [Fact]
    public void Distinct_samples_are_distinct_sorted_and_can_take_everything()
    {
        var sampler = new DistinctSampler(50);
        var random = new Random(5);

        for (var k = 0; k <= 50; k += 7)
        {
            var sample = sampler.Sample(random, k).ToList();
            Assert.Equal(k, sample.Distinct().Count());
            Assert.Equal(sample.Order(), sample);
            Assert.All(sample, value => Assert.InRange(value, 0, 49));
        }

        Assert.Equal(Enumerable.Range(0, 50), sampler.Sample(random, 50));
    }

    [Fact]
    public void Streams_depend_on_the_seed_and_the_name_only()
    {
        var plan = new SeedPlan { RandomSeed = 4 };

        Assert.Equal(SeedRandom.For(plan, "content_articles").Next(), SeedRandom.For(plan, "content_articles").Next());
        Assert.NotEqual(SeedRandom.For(plan, "content_articles").Next(), SeedRandom.For(plan, "content_comments").Next());
        Assert.NotEqual(SeedRandom.For(plan, "content_articles").Next(), SeedRandom.For(plan with { RandomSeed = 5 }, "content_articles").Next());
    }
}
