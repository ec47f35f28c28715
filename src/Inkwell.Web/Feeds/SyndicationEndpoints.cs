using System.Text;
using Inkwell.Content.Contracts;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Inkwell.Web.Feeds;

/// <summary>RSS 2.0 and Atom feeds of the newest articles, for the whole site and for each author, and the sitemap.</summary>
internal static class SyndicationEndpoints
{
    private const int FeedSize = 20;

    public static void MapSyndication(this IEndpointRouteBuilder endpoints)
    {
        // The site's own feeds and the sitemap are generated ahead of requests (SiteDocuments); an author's feed is small and read live.
        endpoints.MapGet(SiteDocuments.Rss, (HttpContext http, SiteDocuments documents, CancellationToken ct) => documents.ServeAsync(http, SiteDocuments.Rss, ct));
        endpoints.MapGet(SiteDocuments.Atom, (HttpContext http, SiteDocuments documents, CancellationToken ct) => documents.ServeAsync(http, SiteDocuments.Atom, ct));
        endpoints.MapGet(SiteDocuments.Sitemap, (HttpContext http, SiteDocuments documents, CancellationToken ct) => documents.ServeAsync(http, SiteDocuments.Sitemap, ct));
        endpoints.MapGet("/profile/{username}/feed.rss", (string username, HttpContext http, IProfiles profiles, IArticles articles, CancellationToken ct) =>
            AuthorFeedAsync(username, http, profiles, articles, FeedFormat.Rss, ct));
        endpoints.MapGet("/profile/{username}/feed.atom", (string username, HttpContext http, IProfiles profiles, IArticles articles, CancellationToken ct) =>
            AuthorFeedAsync(username, http, profiles, articles, FeedFormat.Atom, ct));
    }

    private static async Task<IResult> AuthorFeedAsync(
        string username, HttpContext http, IProfiles profiles, IArticles articles, FeedFormat format, CancellationToken cancellationToken)
    {
        var profile = (await profiles.GetAsync(username, viewerId: null, cancellationToken)).Value;
        if (profile is null)
        {
            return TypedResults.NotFound();
        }

        var list = await articles.ListAsync(new ArticleFilter(Author: profile.Username), new Paging(FeedSize, 0), readerId: null, cancellationToken);
        var home = SiteUrls.Profile(profile.Username);
        var feed = new Feed($"{profile.Username} on Inkwell", profile.Bio ?? $"Articles by {profile.Username}.", home, $"{home}/feed.{Extension(format)}", list.Articles);
        return Xml(FeedWriter.Write(feed, format, SiteUrls.Absolute(http.Request, "")), format);
    }

    private static string Extension(FeedFormat format) => format == FeedFormat.Rss ? "rss" : "atom";

    private static IResult Xml(string xml, FeedFormat format) =>
        TypedResults.Text(xml, format == FeedFormat.Rss ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8", Encoding.UTF8);
}
