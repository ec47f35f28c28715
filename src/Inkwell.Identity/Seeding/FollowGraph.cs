using Inkwell.Platform.Seeding;

namespace Inkwell.Identity.Seeding;

/// <summary>
/// Who follows whom, as user indexes: up to half the follows go to the celebrities (each followed by up
/// to 80% of everyone), the rest are spread evenly over followers with random followees.
/// </summary>
internal static class FollowGraph
{
    private const double CelebrityReach = 0.8;

    /// <summary>Exactly <see cref="SeedPlan.Follows"/> distinct edges, encoded follower × users + followee, sorted.</summary>
    public static long[] Create(SeedPlan plan)
    {
        var random = SeedRandom.For(plan, "identity_follows");
        long users = plan.Users;
        var edges = new HashSet<long>();
        var following = new int[plan.Users];

        void Add(int follower, int followee)
        {
            if (edges.Add(follower * users + followee))
            {
                following[follower]++;
            }
        }

        var celebrityEdges = plan.Celebrities == 0
            ? 0
            : Math.Min(plan.Follows / 2, (long)(CelebrityReach * plan.Celebrities * (users - 1)));
        var order = Enumerable.Range(0, plan.Users).ToArray();
        for (var c = 0; c < plan.Celebrities; c++)
        {
            var fans = celebrityEdges / plan.Celebrities + (c < celebrityEdges % plan.Celebrities ? 1 : 0);
            random.Shuffle(order);
            foreach (var fan in order.Where(f => f != c).Take((int)fans))
            {
                Add(fan, c);
            }
        }

        var follower = 0;
        while (edges.Count < plan.Follows)
        {
            while (following[follower] == users - 1)
            {
                follower = (follower + 1) % plan.Users;
            }

            var followee = random.Next(plan.Users);
            if (followee != follower && !edges.Contains(follower * users + followee))
            {
                Add(follower, followee);
                follower = (follower + 1) % plan.Users;
            }
        }

        var sorted = edges.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
