using System.Globalization;
using System.Text;
using System.Xml;
using Inkwell.Content.Contracts;
using Inkwell.Web.Pages;

namespace Inkwell.Web.Feeds;

internal enum FeedFormat
{
    Rss,
    Atom,
}

internal sealed record Feed(string Title, string Description, string HomePath, string SelfPath, IReadOnlyList<ArticleSummary> Articles);

internal static class FeedWriter
{
    /// <param name="origin">The site's address, in front of every link: a request's, or <see cref="SiteDocuments.OriginMarker"/> for a stored copy.</param>
    public static string Write(Feed feed, FeedFormat format, string origin)
    {
        var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Async = false }))
        {
            if (format == FeedFormat.Rss)
            {
                WriteRss(xml, feed, origin);
            }
            else
            {
                WriteAtom(xml, feed, origin);
            }
        }

        return text.ToString();
    }

    private static void WriteRss(XmlWriter xml, Feed feed, string origin)
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", feed.Title);
        xml.WriteElementString("link", origin + feed.HomePath);
        xml.WriteElementString("description", feed.Description);
        xml.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("href", origin + feed.SelfPath);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        foreach (var article in feed.Articles)
        {
            var url = origin + SiteUrls.Article(article.Slug);
            xml.WriteStartElement("item");
            xml.WriteElementString("title", article.Title);
            xml.WriteElementString("link", url);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(url);
            xml.WriteEndElement();
            xml.WriteElementString("description", article.Description);
            xml.WriteElementString("pubDate", article.CreatedAt.ToString("R", CultureInfo.InvariantCulture));
            foreach (var tag in article.TagList)
            {
                xml.WriteElementString("category", tag);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteAtom(XmlWriter xml, Feed feed, string origin)
    {
        const string atom = "http://www.w3.org/2005/Atom";
        var updated = feed.Articles.Count > 0 ? feed.Articles.Max(a => a.UpdatedAt) : DateTime.UnixEpoch;
        xml.WriteStartElement("feed", atom);
        xml.WriteElementString("title", atom, feed.Title);
        xml.WriteElementString("subtitle", atom, feed.Description);
        xml.WriteElementString("id", atom, origin + feed.SelfPath);
        xml.WriteElementString("updated", atom, Timestamp(updated));
        WriteLink(xml, origin + feed.SelfPath, "self");
        WriteLink(xml, origin + feed.HomePath, "alternate");
        foreach (var article in feed.Articles)
        {
            var url = origin + SiteUrls.Article(article.Slug);
            xml.WriteStartElement("entry", atom);
            xml.WriteElementString("id", atom, url);
            xml.WriteElementString("title", atom, article.Title);
            WriteLink(xml, url, "alternate");
            xml.WriteElementString("published", atom, Timestamp(article.CreatedAt));
            xml.WriteElementString("updated", atom, Timestamp(article.UpdatedAt));
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, article.Author.Username);
            xml.WriteEndElement();
            xml.WriteElementString("summary", atom, article.Description);
            foreach (var tag in article.TagList)
            {
                xml.WriteStartElement("category", atom);
                xml.WriteAttributeString("term", tag);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
