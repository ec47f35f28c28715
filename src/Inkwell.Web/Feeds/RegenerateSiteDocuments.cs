using Inkwell.Platform.Jobs;

namespace Inkwell.Web.Feeds;

/// <summary>The scheduled job that writes the sitemap and the site's feeds again, so they trail new articles by minutes at most.</summary>
internal sealed class RegenerateSiteDocuments(SiteDocuments documents) : IScheduledJob
{
    public const string Name = "site-documents";

    public Task RunAsync(CancellationToken cancellationToken) => documents.RegenerateAsync(cancellationToken);
}
