using Inkwell.Content.Data;
using Inkwell.Identity.Data;
using Inkwell.Platform.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Platform.Messaging;

/// <summary>Identity's users and follows next to Content's copy of them, and how many events went out and were applied.</summary>
internal sealed record CopyComparison(
    HashSet<(long, string)> Users, HashSet<(long, string)> Authors, HashSet<(long, long)> Follows, HashSet<(long, long)> CopiedFollows,
    int Events, int Unsent, int DeadLettered, int Applied)
{
    public bool Matches => Users.SetEquals(Authors) && Follows.SetEquals(CopiedFollows);

    public static async Task<CopyComparison> ReadAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var content = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var outbox = identity.Set<OutboxMessage>().AsNoTracking();
        return new CopyComparison(
            [.. (await identity.Users.Select(u => new { u.Id, u.Username }).ToListAsync()).Select(u => (u.Id, u.Username))],
            [.. (await content.Authors.Select(a => new { a.Id, a.Username }).ToListAsync()).Select(a => (a.Id, a.Username))],
            [.. (await identity.Follows.Select(f => new { f.FollowerId, f.FolloweeId }).ToListAsync()).Select(f => (f.FollowerId, f.FolloweeId))],
            [.. (await content.AuthorFollows.Select(f => new { f.FollowerId, f.FolloweeId }).ToListAsync()).Select(f => (f.FollowerId, f.FolloweeId))],
            await outbox.CountAsync(),
            await outbox.CountAsync(m => m.SentAt == null),
            await outbox.CountAsync(m => m.DeadLetteredAt != null),
            await content.Set<InboxMessage>().CountAsync());
    }

    public override string ToString() =>
        $"{Users.Count} users / {Authors.Count} copied, {Follows.Count} follows / {CopiedFollows.Count} copied, "
        + $"{Events} events ({Unsent} unsent, {DeadLettered} dead-lettered), {Applied} applied";
}
