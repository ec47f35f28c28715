using System.Globalization;
using System.Xml;
using Inkwell.Content.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Web.Pages;

namespace Inkwell.Web.Feeds;

/// <summary>sitemap.xml: the home page, the newest articles and their authors' profiles.</summary>
internal static class SitemapWriter
{
    // Enough for search engines to find what is new; older articles stay reachable through profiles.
    private const int MaxArticles = 1000;

    public static async Task<string> WriteAsync(IArticles articles, string origin, CancellationToken cancellationToken)
    {
        var newest = new List<ArticleSummary>();
        for (var offset = 0; offset < MaxArticles; offset += Paging.MaxLimit)
        {
            var page = await articles.ListAsync(new ArticleFilter(), new Paging(Paging.MaxLimit, offset), readerId: null, cancellationToken);
            newest.AddRange(page.Articles);
            if (page.Articles.Count < Paging.MaxLimit)
            {
                break;
            }
        }

        var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartElement("urlset", ns);
            WriteUrl(xml, ns, origin + "/", newest.Count > 0 ? newest.Max(a => a.UpdatedAt) : null);
            foreach (var article in newest)
            {
                WriteUrl(xml, ns, origin + SiteUrls.Article(article.Slug), article.UpdatedAt);
            }

            foreach (var author in newest.GroupBy(a => a.Author.Username))
            {
                WriteUrl(xml, ns, origin + SiteUrls.Profile(author.Key), author.Max(a => a.UpdatedAt));
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }

    private static void WriteUrl(XmlWriter xml, string ns, string location, DateTime? lastModified)
    {
        xml.WriteStartElement("url", ns);
        xml.WriteElementString("loc", ns, location);
        if (lastModified is { } when)
        {
            xml.WriteElementString("lastmod", ns, when.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }
}
