using Inkwell.Content.Contracts;
using Inkwell.Platform.Jobs;

namespace Inkwell.Worker.Maintenance;

/// <summary>Every few minutes: Content scores tags by the last week's articles and favorites; the home page shows the result.</summary>
internal sealed class RecomputeTrendingTags(ITrendingTagRanking trending) : IScheduledJob
{
    public const string Name = "trending-tags";

    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    public Task RunAsync(CancellationToken cancellationToken) => trending.RecomputeAsync(Window, cancellationToken);
}
