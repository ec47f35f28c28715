using System.Diagnostics;
using Inkwell.Content.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inkwell.Web.Remote;

/// <summary>
/// Read-your-writes for a follow made over HTTP. Content learns of follows from Identity's events (its copy of
/// follows), a moment after Identity has answered; the site reads the followed author's articles and the feed from
/// Content right after. So, as one process does with its own handlers (<see cref="BusOptions.ReadYourWritesTimeout"/>),
/// the site waits until Content shows the follow on the author's newest article, within the same bound; past it the
/// page shows what Content has and the copy catches up.
/// </summary>
internal sealed partial class FollowCatchUp(IArticles articles, IOptions<BusOptions> bus, ILogger<FollowCatchUp> logger)
{
    private static readonly TimeSpan PollDelay = TimeSpan.FromMilliseconds(50);

    public async Task WaitAsync(long followerId, string username, bool following, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var newest = await articles.ListAsync(new ArticleFilter(Author: username), new Paging(1, 0), followerId, cancellationToken);

            // An author with no articles shows nothing Content could get wrong.
            if (newest.Articles.Count == 0 || newest.Articles[0].Author.Following == following)
            {
                return;
            }

            if (Stopwatch.GetElapsedTime(started) >= bus.Value.ReadYourWritesTimeout)
            {
                LogNotCaughtUp(logger, username, bus.Value.ReadYourWritesTimeout.TotalSeconds);
                return;
            }

            await Task.Delay(PollDelay, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content did not show the follow of {Username} within {Seconds} s; the page shows what it has")]
    private static partial void LogNotCaughtUp(ILogger logger, string username, double seconds);
}
