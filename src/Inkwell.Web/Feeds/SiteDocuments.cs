using System.Security;
using System.Text;
using Inkwell.Content.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Web.Data;
using Inkwell.Web.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Web.Feeds;

/// <summary>
/// The sitemap and the site's RSS and Atom feeds, generated ahead of requests and kept in <c>web_documents</c>.
/// They are written for no particular host: links start with <see cref="OriginMarker"/>, which serving replaces with
/// the address the request came to, so one stored copy serves every instance and the gateway alike.
/// </summary>
internal sealed class SiteDocuments(WebDbContext db, IArticles articles, TimeProvider clock)
{
    /// <summary>A reserved name (RFC 2606) nobody's site runs at; should an article's text contain it, it reads as the site's address.</summary>
    public const string OriginMarker = "https://origin.inkwell.invalid";

    public const string Sitemap = "/sitemap.xml";
    public const string Rss = "/feed.rss";
    public const string Atom = "/feed.atom";

    public static readonly IReadOnlyList<string> Paths = [Sitemap, Rss, Atom];

    private const int FeedSize = 20;

    /// <summary>Writes every document afresh; returns how many.</summary>
    public async Task<int> RegenerateAsync(CancellationToken cancellationToken)
    {
        foreach (var path in Paths)
        {
            await StoreAsync(path, await GenerateAsync(path, cancellationToken), cancellationToken);
        }

        return Paths.Count;
    }

    /// <summary>Answers with the stored document; one never generated yet (a fresh install) is generated and stored first.</summary>
    public async Task<IResult> ServeAsync(HttpContext http, string path, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Path == path, cancellationToken);
        var body = document?.Body ?? await StoreAsync(path, await GenerateAsync(path, cancellationToken), cancellationToken);
        var origin = SecurityElement.Escape(SiteUrls.Absolute(http.Request, ""));
        return TypedResults.Text(body.Replace(OriginMarker, origin, StringComparison.Ordinal), ContentTypeOf(path), Encoding.UTF8);
    }

    private async Task<string> GenerateAsync(string path, CancellationToken cancellationToken)
    {
        if (path == Sitemap)
        {
            return await SitemapWriter.WriteAsync(articles, OriginMarker, cancellationToken);
        }

        var list = await articles.ListAsync(new ArticleFilter(), new Paging(FeedSize, 0), readerId: null, cancellationToken);
        var feed = new Feed("Inkwell — recent articles", "The newest articles on Inkwell.", "/", path, list.Articles);
        return FeedWriter.Write(feed, path == Rss ? FeedFormat.Rss : FeedFormat.Atom, OriginMarker);
    }

    private async Task<string> StoreAsync(string path, string body, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await db.Documents.Where(d => d.Path == path)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Body, body).SetProperty(x => x.GeneratedAt, now), cancellationToken);
        if (updated == 0)
        {
            try
            {
                db.Documents.Add(new SiteDocument { Path = path, ContentType = ContentTypeOf(path), Body = body, GeneratedAt = now });
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another request or instance stored it first; theirs is as fresh as this one.
                db.ChangeTracker.Clear();
            }
        }

        return body;
    }

    private static string ContentTypeOf(string path) => path switch
    {
        Rss => "application/rss+xml; charset=utf-8",
        Atom => "application/atom+xml; charset=utf-8",
        _ => "application/xml; charset=utf-8",
    };
}
