namespace Inkwell.Web.Data;

/// <summary>
/// A generated document the site serves as it is (the sitemap, the site's feeds), kept so a request reads one row
/// instead of the articles it lists. The scheduled job <c>site-documents</c> writes them again.
/// </summary>
internal sealed class SiteDocument
{
    /// <summary>The path it is served at, such as <c>/sitemap.xml</c>.</summary>
    public required string Path { get; set; }

    public required string ContentType { get; set; }

    /// <summary>The document, its links starting with <see cref="Feeds.SiteDocuments.OriginMarker"/> in place of the site's address.</summary>
    public required string Body { get; set; }

    public DateTime GeneratedAt { get; set; }
}
