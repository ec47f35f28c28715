using Inkwell.Identity.Contracts;
using Inkwell.Platform.Seeding;

namespace Inkwell.Content.Seeding;

/// <summary>
/// Everything about the seeded articles that several tables need, decided once before any row is written:
/// author, creation time, number of tags, favorites and comments. Article i has id i + 1, and ids follow time.
/// </summary>
internal sealed class ArticleSkeleton
{
    // Popularity has a long tail: most articles get a favorite or none, a few get thousands.
    private const double PopularityAlpha = 1.2;
    private const double CelebrityAuthorWeight = 20;

    private ArticleSkeleton(long[] userIds, int articles)
    {
        UserIds = userIds;
        Authors = new int[articles];
        CreatedAt = new DateTime[articles];
        TagCounts = new byte[articles];
        FavoriteCounts = [];
        CommentCounts = [];
    }

    public long[] UserIds { get; }

    /// <summary>Index into <see cref="UserIds"/> of each article's author.</summary>
    public int[] Authors { get; }

    public DateTime[] CreatedAt { get; }

    public byte[] TagCounts { get; }

    public int[] FavoriteCounts { get; private set; }

    public int[] CommentCounts { get; private set; }

    public int Count => Authors.Length;

    public long TagRows => TagCounts.Sum(count => (long)count);

    public static long Id(int index) => index + 1L;

    public static ArticleSkeleton Create(SeedPlan plan, SeededUsers users)
    {
        var skeleton = new ArticleSkeleton([.. users.UserIds], plan.Articles);
        var random = SeedRandom.For(plan, "article_skeleton");
        var celebrities = users.CelebrityIds.ToHashSet();
        var authors = new WeightedPicker(users.UserIds
            .Select(id => celebrities.Contains(id) ? CelebrityAuthorWeight : SeedRandom.Pareto(random, 2.0)).ToArray());

        var span = plan.Now - plan.Now.AddYears(-2);
        var start = plan.Now - span;
        var popularity = new double[plan.Articles];
        for (var i = 0; i < plan.Articles; i++)
        {
            skeleton.Authors[i] = authors.Pick(random);
            var ticks = start.Ticks + (long)(span.Ticks * ((i + random.NextDouble()) / plan.Articles));
            skeleton.CreatedAt[i] = new DateTime(ticks - (ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
            var tags = random.Next(plan.MinTagsPerArticle, plan.MaxTagsPerArticle + 1);
            skeleton.TagCounts[i] = (byte)Math.Min(tags, plan.Tags);
            popularity[i] = SeedRandom.Pareto(random, PopularityAlpha);
        }

        skeleton.FavoriteCounts = CountSpreader.Spread(plan.Favorites, popularity, users.UserIds.Count, random);
        // Popular articles draw more comments too, though less steeply than favorites.
        skeleton.CommentCounts = CountSpreader.Spread(plan.Comments, popularity.Select(Math.Sqrt).ToArray(), int.MaxValue, random);
        return skeleton;
    }
}
