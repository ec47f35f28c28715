using System.Text;
using Inkwell.Content.Contracts;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Inkwell.Web.Feeds;

/// <summary>RSS 2.0 and Atom feeds of the newest articles, for the whole site and for each author.</summary>
internal static class SyndicationEndpoints
{
    private const int FeedSize = 20;

    public static void MapSyndication(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/feed.rss", (HttpContext http, IArticles articles, CancellationToken ct) => SiteFeedAsync(http, articles, FeedFormat.Rss, ct));
        endpoints.MapGet("/feed.atom", (HttpContext http, IArticles articles, CancellationToken ct) => SiteFeedAsync(http, articles, FeedFormat.Atom, ct));
        endpoints.MapGet("/profile/{username}/feed.rss", (string username, HttpContext http, IProfiles profiles, IArticles articles, CancellationToken ct) =>
            AuthorFeedAsync(username, http, profiles, articles, FeedFormat.Rss, ct));
        endpoints.MapGet("/profile/{username}/feed.atom", (string username, HttpContext http, IProfiles profiles, IArticles articles, CancellationToken ct) =>
            AuthorFeedAsync(username, http, profiles, articles, FeedFormat.Atom, ct));
    }

    private static async Task<IResult> SiteFeedAsync(HttpContext http, IArticles articles, FeedFormat format, CancellationToken cancellationToken)
    {
        var list = await articles.ListAsync(new ArticleFilter(), new Paging(FeedSize, 0), readerId: null, cancellationToken);
        var feed = new Feed("Inkwell — recent articles", "The newest articles on Inkwell.", "/", $"/feed.{Extension(format)}", list.Articles);
        return Xml(FeedWriter.Write(feed, format, http.Request), format);
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
        return Xml(FeedWriter.Write(feed, format, http.Request), format);
    }

    private static string Extension(FeedFormat format) => format == FeedFormat.Rss ? "rss" : "atom";

    private static IResult Xml(string xml, FeedFormat format) =>
        TypedResults.Text(xml, format == FeedFormat.Rss ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8", Encoding.UTF8);
}
