using Ganss.Xss;
using Markdig;
using Markdig.Syntax;

namespace Inkwell.Web.Markdown;

/// <summary>
/// Turns an author's Markdown into HTML that is safe to put in a page: raw HTML is escaped by Markdig,
/// and the result goes through an allow-list sanitizer, so no script, handler or javascript: link survives.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToSafeHtml(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);

        // The page's title is its only h1: an author's "# Heading" becomes an h2, and so on down.
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(heading.Level + 1, 6);
        }

        return _sanitizer.Sanitize(document.ToHtml(_pipeline));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.PostProcessNode += (_, e) =>
        {
            // Links written by authors must not pass the reader's session or referrer to other sites.
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement anchor)
            {
                anchor.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
