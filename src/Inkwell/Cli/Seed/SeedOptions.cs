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

    /// <summary>
    /// The data set with the counts given overridden. Counts left to the data set shrink to what the given
    /// ones allow (`--users 5` gets at most 20 follows); counts given explicitly are checked as they are.
    /// </summary>
    public static SeedPlan ToPlan(ParseResult parse, DateTime now)
    {
        var dataset = SeedDatasets.Named(parse.GetValue(Dataset)!);
        var users = parse.GetValue(Users) ?? dataset.Users;
        var articles = parse.GetValue(Articles) ?? dataset.Articles;
        return dataset with
        {
            Users = users,
            Articles = articles,
            Celebrities = parse.GetValue(Celebrities) ?? Math.Min(dataset.Celebrities, users),
            Follows = parse.GetValue(Follows) ?? Math.Min(dataset.Follows, (long)users * Math.Max(users - 1, 0)),
            Tags = parse.GetValue(Tags) ?? dataset.Tags,
            Favorites = parse.GetValue(Favorites) ?? Math.Min(dataset.Favorites, (long)articles * users),
            Comments = parse.GetValue(Comments) ?? (articles > 0 && users > 0 ? dataset.Comments : 0),
            RandomSeed = parse.GetValue(RandomSeed),
            Now = now,
        };
    }
}
