using System.CommandLine;
using Inkwell.Platform.Seeding;

namespace Inkwell.Cli.Seed;

/// <summary>The options of <c>inkwell seed</c>: a data set, and any of its counts overridden.</summary>
internal static class SeedOptions
{
    public static readonly Option<string> Dataset = new Option<string>("--dataset")
    {
        Description = "small (50 users, 2,000 articles) or large (10,000 users, 1,000,000 articles, 5,000,000 favorites).",
        DefaultValueFactory = _ => SeedDatasets.Small,
    }.AcceptOnlyFromAmong(SeedDatasets.Small, SeedDatasets.Large);

    public static readonly Option<int?> Users = new("--users") { Description = "Users to create." };
    public static readonly Option<int?> Articles = new("--articles") { Description = "Articles to create." };
    public static readonly Option<long?> Favorites = new("--favorites") { Description = "Favorites in all, skewed towards popular articles." };
    public static readonly Option<long?> Comments = new("--comments") { Description = "Comments in all." };
    public static readonly Option<long?> Follows = new("--follows") { Description = "Follows in all, up to half of them of celebrities." };
    public static readonly Option<int?> Tags = new("--tags") { Description = "Distinct tags; each article gets 1-5 of them (small: 3)." };
    public static readonly Option<int?> Celebrities = new("--celebrities") { Description = "Users most others follow: user1, user2, ..." };

    public static readonly Option<int> RandomSeed = new("--random-seed")
    {
        Description = "The same seed on the same day gives the same data.",
        DefaultValueFactory = _ => 1,
    };

    public static void AddTo(Command command)
    {
        foreach (var option in new Option[] { Dataset, Users, Articles, Favorites, Comments, Follows, Tags, Celebrities, RandomSeed })
        {
            command.Options.Add(option);
        }
    }

    public static SeedPlan ToPlan(ParseResult parse, DateTime now)
    {
        var plan = SeedDatasets.Named(parse.GetValue(Dataset)!);
        return plan with
        {
            Users = parse.GetValue(Users) ?? plan.Users,
            Articles = parse.GetValue(Articles) ?? plan.Articles,
            Favorites = parse.GetValue(Favorites) ?? plan.Favorites,
            Comments = parse.GetValue(Comments) ?? plan.Comments,
            Follows = parse.GetValue(Follows) ?? plan.Follows,
            Tags = parse.GetValue(Tags) ?? plan.Tags,
            Celebrities = parse.GetValue(Celebrities) ?? Math.Min(plan.Celebrities, parse.GetValue(Users) ?? plan.Users),
            RandomSeed = parse.GetValue(RandomSeed),
            Now = now,
        };
    }
}
