using Inkwell.Identity.Data;
using Inkwell.Platform.Seeding;

namespace Inkwell.Identity.Seeding;

/// <summary>The follow graph's rows, each made some time in the two years before the plan's end.</summary>
internal static class FollowRows
{
    private static readonly BulkTable Table = new("identity_follows", ["FollowerId", "FolloweeId", "CreatedAt"]);

    public static async Task<(long FollowerId, long FolloweeId)[]> WriteAsync(
        IdentityDbContext db, SeedPlan plan, IReadOnlyList<long> userIds, ISeedProgress progress, CancellationToken cancellationToken)
    {
        var edges = FollowGraph.Create(plan);
        var random = SeedRandom.For(plan, Table.Name);
        var from = plan.Now.AddYears(-2);

        await using var writer = await BulkWriter.OpenAsync(db, Table, edges.Length, progress, cancellationToken);
        var follows = new (long FollowerId, long FolloweeId)[edges.Length];
        for (var i = 0; i < edges.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            follows[i] = (userIds[(int)(edges[i] / plan.Users)], userIds[(int)(edges[i] % plan.Users)]);
            writer.StartRow();
            writer.Write(follows[i].FollowerId);
            writer.Write(follows[i].FolloweeId);
            writer.Write(SeedRandom.Between(random, from, plan.Now));
            writer.EndRow();
        }

        await writer.CompleteAsync(cancellationToken);
        return follows;
    }
}
