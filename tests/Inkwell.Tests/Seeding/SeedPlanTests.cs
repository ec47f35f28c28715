using Inkwell.Cli;
using Inkwell.Cli.Seed;
using Inkwell.Platform.Seeding;

namespace Inkwell.Tests.Seeding;

/// <summary>Plans that cannot be met exactly are refused before anything is written.</summary>
public sealed class SeedPlanTests
{
    [Fact]
    public void The_named_data_sets_are_valid() =>
        Assert.All([Inkwell.Cli.Seed.SeedDatasets.SmallPlan, Inkwell.Cli.Seed.SeedDatasets.LargePlan], plan => Assert.Empty(plan.Validate()));

    [Fact]
    public void Counts_given_on_the_command_line_override_the_data_set_and_the_rest_shrink_to_fit()
    {
        var plan = PlanFor("seed", "--users", "5", "--articles", "40", "--random-seed", "9");

        Assert.Equal(5, plan.Users);
        Assert.Equal(40, plan.Articles);
        Assert.Equal(3, plan.Celebrities);
        Assert.Equal(20, plan.Follows);
        Assert.Equal(200, plan.Favorites);
        Assert.Equal(SeedDatasets.SmallPlan.Tags, plan.Tags);
        Assert.Equal(9, plan.RandomSeed);
        Assert.Empty(plan.Validate());
    }

    [Fact]
    public void The_large_data_set_is_chosen_by_name_and_explicit_counts_are_kept_even_when_impossible()
    {
        Assert.Equal(SeedDatasets.LargePlan with { Now = default }, PlanFor("seed", "--dataset", "large") with { Now = default });

        var plan = PlanFor("seed", "--users", "5", "--follows", "300");
        Assert.Equal(300, plan.Follows);
        Assert.NotEmpty(plan.Validate());
    }

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

    private static SeedPlan PlanFor(params string[] arguments) =>
        SeedOptions.ToPlan(InkwellCli.Create().Parse(arguments), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
}
