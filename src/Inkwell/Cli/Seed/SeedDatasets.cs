using Inkwell.Platform.Seeding;

namespace Inkwell.Cli.Seed;

/// <summary>The named data sets of <c>inkwell seed --dataset</c>.</summary>
public static class SeedDatasets
{
    public const string Small = "small";
    public const string Large = "large";

    /// <summary>A site to click through: quick to load on any engine.</summary>
    public static readonly SeedPlan SmallPlan = new()
    {
        Users = 50,
        Celebrities = 3,
        Follows = 300,
        Tags = 100,
        Articles = 2_000,
        MinTagsPerArticle = 3,
        MaxTagsPerArticle = 3,
        Favorites = 3_000,
        Comments = 2_000,
    };

    /// <summary>
    /// A site under load: 20 celebrities followed by 80% of users (~160k follows) and ~20 more
    /// follows per user, a million articles, five million favorites.
    /// </summary>
    public static readonly SeedPlan LargePlan = new()
    {
        Users = 10_000,
        Celebrities = 20,
        Follows = 360_000,
        Tags = 300,
        Articles = 1_000_000,
        MinTagsPerArticle = 1,
        MaxTagsPerArticle = 5,
        Favorites = 5_000_000,
        Comments = 1_000_000,
    };

    public static SeedPlan Named(string name) => name == Large ? LargePlan : SmallPlan;
}
