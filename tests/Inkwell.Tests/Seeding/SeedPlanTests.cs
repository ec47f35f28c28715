using Inkwell.Platform.Seeding;

namespace Inkwell.Tests.Seeding;

/// <summary>Plans that cannot be met exactly are refused before anything is written.</summary>
public sealed class SeedPlanTests
{
    [Fact]
    public void The_named_data_sets_are_valid() =>
        Assert.All([Inkwell.Cli.Seed.SeedDatasets.SmallPlan, Inkwell.Cli.Seed.SeedDatasets.LargePlan], plan => Assert.Empty(plan.Validate()));

    [Theory]
    [InlineData(5, 6, 0, 0, 0, "--celebrities (6) can't exceed --users (5)")]
    [InlineData(5, 0, 21, 0, 0, "--follows (21) can't exceed users × (users − 1) = 20")]
    [InlineData(5, 0, 0, 10, 51, "--favorites (51) can't exceed articles × users = 50")]
    [InlineData(0, 0, 0, 10, 0, "Articles need authors")]
    public void An_impossible_plan_says_what_is_wrong(int users, int celebrities, long follows, int articles, long favorites, string message)
    {
        var plan = new SeedPlan { Users = users, Celebrities = celebrities, Follows = follows, Articles = articles, Favorites = favorites, Tags = 10 };

        Assert.Contains(plan.Validate(), error => error.Contains(message, StringComparison.Ordinal));
    }
}
